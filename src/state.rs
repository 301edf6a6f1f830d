//! The page's one state: the profile being built, what the user typed in each field, the
//! errors beside the fields, the current step, and the last valid report. Every step reads it;
//! only [`Action`]s change it (as in Yew's function_todomvc example).

use crate::step::Step;
use crate::text::{self, Lang};
use srdi_engine::collections::VecMap;
use srdi_engine::money::{
    parse_amount, parse_money, parse_months, parse_rate_percent, AmountError,
};
use srdi_engine::profile::{Unit, MAX_LOANS};
use srdi_engine::questions::{relevant, Relevant};
use srdi_engine::share::Stamp;
use srdi_engine::what_if::{scenarios, Change, Scenario};
use srdi_engine::{
    evaluate, notices, Date, Decimal, Fact, Loan, LoanPurpose, Notice, Occasion, ParkResidency,
    Profile, Quantity, Report, Tier,
};
use std::rc::Rc;
use yew::prelude::*;

/// A field of the questionnaire, for errors and typed text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    EvaluationDate,
    Recognition(Tier),
    /// The date of an occasion (moved into the park, equity paid in…), asked beside the amount
    /// or fact it dates.
    Occasion(Occasion),
    Amount(Quantity),
    Loan(usize, LoanField),
}

/// A field of one loan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LoanField {
    Principal,
    Rate,
    Term,
    Start,
}

impl LoanField {
    /// The last part of the input's id ("loan-0-rate").
    pub fn name(self) -> &'static str {
        match self {
            LoanField::Principal => "principal",
            LoanField::Rate => "rate",
            LoanField::Term => "term",
            LoanField::Start => "start",
        }
    }
}

impl Field {
    /// The id of the field's input on the page.
    pub fn input_id(self) -> String {
        match self {
            Field::EvaluationDate => "eval-date".into(),
            Field::Recognition(t) => format!("rec-{}", t.name()),
            Field::Occasion(o) => format!("d-{}", o.name()),
            Field::Amount(q) => format!("q-{}", q.name()),
            Field::Loan(i, f) => format!("loan-{i}-{}", f.name()),
        }
    }

    /// The step that asks for the field.
    pub fn step(self, relevant: &Relevant) -> Step {
        match self {
            Field::EvaluationDate | Field::Recognition(_) => Step::Tier,
            Field::Occasion(o) => Step::of_occasion(o, relevant),
            Field::Amount(q) => Step::of_quantity(q),
            Field::Loan(..) => Step::Loans,
        }
    }
}

/// What the result column shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Result,
    /// 办理指引: claimable lines by department.
    NextSteps,
}

/// A loan as typed: each field kept as text until it parses.
#[derive(Clone, Debug, PartialEq)]
pub struct LoanDraft {
    /// None until the user picks one: a default purpose would put the loan under a rule the
    /// user never chose (a working-capital loan left as 购买园区产业用房 lost its discount).
    pub purpose: Option<LoanPurpose>,
    pub principal: String,
    pub rate: String,
    pub term: String,
    pub start: String,
    pub other_provincial: bool,
    /// The loan as it counted when the user last left one of its fields with every field
    /// parsing: it counts (with the purpose and flag chosen since) while a field does not.
    pub committed: Option<Loan>,
}

/// A consultant's client: a name and the answers, kept whole while another client is shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Client {
    pub name: String,
    pub profile: Profile,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub today: Date,
    pub profile: Profile,
    /// What the user typed, kept as typed even when it does not parse.
    pub typed: VecMap<Field, String>,
    /// The text of each field at its last commit (when the user left it, or a button set it,
    /// with text that parses). While a field does not parse, the profile (and so the result,
    /// the link and the exports) holds this text's value: never a half-typed value such as the
    /// "2.4" of "2.4e6".
    pub committed: VecMap<Field, String>,
    /// The message beside each field that does not parse.
    pub errors: VecMap<Field, String>,
    pub loans: Vec<LoanDraft>,
    pub step: Step,
    /// Parts of a share link or imported file that could not be read.
    pub restored_problems: Vec<String>,
    /// The user asked to keep the answers on this device (never the default).
    pub keep_local: bool,
    /// The clients, in the order of the menu; the one shown is `clients[client]`, whose answers
    /// are `profile` (its entry here is brought up to date when another client is shown).
    pub clients: Vec<Client>,
    pub client: usize,
    /// What the device kept could not all be read: it stays as it was, unsaved over, until the
    /// user has seen the notice that says what was left out.
    pub store_held: bool,
    pub view: View,
    /// The questions that matter for the current place and tier.
    pub relevant: Rc<Relevant>,
    /// The result of the last valid profile; shown with a note while an error stands.
    pub report: Rc<Report>,
    /// The notices at the top of the result (texts ending soon or ended), of that same report.
    pub notices: Rc<Vec<Notice>>,
    /// The stamp of the share link the page was opened with: the day it was made and the
    /// review date of its rules.
    pub stamp: Stamp,
    /// The "what if" scenarios of that same profile, worked out once per change and read by
    /// both the what-if panel and the next-steps view.
    pub scenarios: Rc<Vec<Scenario>>,
    /// A request to move the keyboard focus, made by a step change or a "go to the field"
    /// link: its number (0 on load: no focus is moved) and the id of the element to focus,
    /// or none for the step's heading.
    pub focus: (u32, Option<String>),
    /// Counts the changes that make a new entry in the browser's history (a step, an applied
    /// what-if, an import), so that Back steps back through them; typing rewrites the entry.
    pub entry: u32,
    /// The state before the last applied what-if, while the answers are still those it made:
    /// what "撤销 / Undo" brings back.
    pub undo: Option<Rc<Undo>>,
    /// The result lines the user opened (entry ids): their details are built only while open.
    pub opened: Vec<&'static str>,
    /// A print is coming: every line's details are built (src/print.rs).
    pub print_all: bool,
}

/// The state before an applied what-if, and the answers the what-if made.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    pub before: State,
    pub applied: Profile,
}

/// Everything the user can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetCity(String),
    SetCounty(String),
    SetTier(String),
    /// Raw text of a date field.
    SetDate(Field, String),
    /// Raw text of an amount field.
    SetAmount(Quantity, String),
    SetPark(bool),
    SetFact(Fact, bool),
    AddLoan,
    RemoveLoan(usize),
    /// A loan's purpose; none when the user goes back to "choose".
    SetLoanPurpose(usize, Option<LoanPurpose>),
    SetLoanField(usize, LoanField, String),
    SetLoanOtherProvincial(usize, bool),
    GoTo(Step),
    /// The user left a field (its `change` event): every field whose text parses is committed.
    Commit,
    /// Go to a step and focus an element of it (the id of an unfinished field).
    Show(Step, String),
    Next,
    Back,
    /// Show the result as of a day (a notice's end date): the evaluation date becomes that day.
    ViewAsOf(Date),
    /// Back to today: the evaluation date is no longer set.
    BackToToday,
    /// Switch the page language; error messages are re-worded in it.
    SetLang(Lang),
    /// Show the result, the next steps or the policy library.
    SetView(View),
    /// Go to the step of an answer (from the library or a line).
    Ask(Step),
    /// Keep (or stop keeping) the answers on this device.
    SetKeepLocal(bool),
    /// Replace every answer (an imported file).
    Restore(Box<State>),
    /// The link changed under the page (pasted into the tab, Back, Forward): the state of its
    /// answers (taken when they differ from the page's) and its history entry's step.
    Navigated(Box<State>, Option<Step>),
    /// Apply a what-if: its change at once, as one entry of history, with an undo.
    Apply(Change),
    /// Bring back the answers from before the last applied what-if.
    Undo,
    /// A client starting from nothing.
    NewClient,
    SwitchClient(usize),
    /// A copy of the client shown, as a scenario ("…（方案2）"), shown next.
    DuplicateClient,
    RenameClient(String),
    DeleteClient,
    /// Clients read from a clients file, added to the list (clients without any answer give
    /// way), the first of them shown; with what could not be read.
    AddClients(Vec<Client>, Vec<String>),
    DismissProblems,
    /// A result line opened or closed (its entry id).
    ToggleLine(&'static str),
    /// A print is coming (true: every line's details are built), or is over (false: only the
    /// open lines' again, so the page is as light as before).
    Printing(bool),
    /// Something the page shows changed outside the state (the clauses were read:
    /// src/clauses.rs): draw it again.
    Redraw,
}

impl State {
    pub fn new(today: Date) -> State {
        let profile = Profile::default();
        let report = Rc::new(evaluate(&profile, today));
        let scenarios = Rc::new(scenarios(&profile, &report, today));
        let notices = Rc::new(notices(&profile, &report));
        State {
            lang: Lang::Zh,
            today,
            relevant: Rc::new(relevant(&profile)),
            profile,
            typed: VecMap::new(),
            committed: VecMap::new(),
            errors: VecMap::new(),
            loans: Vec::new(),
            step: Step::Place,
            restored_problems: Vec::new(),
            keep_local: false,
            clients: vec![Client {
                name: text::client_name(Lang::Zh, 1),
                profile: Profile::default(),
            }],
            client: 0,
            store_held: false,
            view: View::Result,
            report,
            notices,
            stamp: Stamp::default(),
            scenarios,
            focus: (0, None),
            entry: 0,
            undo: None,
            opened: Vec::new(),
            print_all: false,
        }
    }

    /// The state for a profile read from a share link or an imported file: every field shows
    /// the value as if typed, and `problems` lists what could not be read.
    pub fn from_profile(profile: Profile, today: Date, problems: Vec<String>) -> State {
        let mut s = State::new(today);
        for (q, v) in &profile.amounts {
            s.typed.insert(Field::Amount(*q), v.normalize().to_string());
        }
        for (t, d) in &profile.recognitions {
            s.typed.insert(Field::Recognition(*t), d.to_string());
        }
        for (o, d) in &profile.dates {
            s.typed.insert(Field::Occasion(*o), d.to_string());
        }
        if let Some(d) = profile.evaluation_date {
            s.typed.insert(Field::EvaluationDate, d.to_string());
        }
        s.loans = profile
            .loans
            .iter()
            .map(|l| LoanDraft {
                purpose: Some(l.purpose),
                principal: l.principal.normalize().to_string(),
                rate: (l.annual_rate * Decimal::from(100)).normalize().to_string(),
                term: l.term_months.to_string(),
                start: l.start.to_string(),
                other_provincial: l.other_provincial_discount,
                committed: Some(l.clone()),
            })
            .collect();
        s.committed = s.typed.clone();
        if profile.city.is_some() {
            s.step = Step::Tier;
        }
        s.profile = profile;
        s.restored_problems = problems;
        s.recompute();
        s
    }

    /// Every client, the one shown with its answers as they are now.
    pub fn saved_clients(&self) -> Vec<Client> {
        let mut list = self.clients.clone();
        if let Some(c) = list.get_mut(self.client) {
            c.profile = self.profile.clone();
        }
        list
    }

    /// The name of the client shown.
    pub fn client_name(&self) -> &str {
        self.clients
            .get(self.client)
            .map_or("", |c| c.name.as_str())
    }

    /// The page showing client `i` of `clients` afresh: nothing of the client shown before
    /// survives (what was typed, errors, loans, dates, the link's stamp, the step); only the
    /// page's own settings stay (language, keeping on the device, the view).
    fn show_client(&self, clients: Vec<Client>, i: usize) -> State {
        let i = i.min(clients.len().saturating_sub(1));
        let profile = clients
            .get(i)
            .map_or_else(Profile::default, |c| c.profile.clone());
        let mut s = State::from_profile(profile, self.today, Vec::new());
        s.lang = self.lang;
        s.keep_local = self.keep_local;
        // The notice about the device's store is not about a client: it stays until seen.
        if self.store_held {
            s.store_held = true;
            s.restored_problems = self.restored_problems.clone();
        }
        s.view = self.view;
        s.clients = clients;
        s.client = i;
        // Another client is another entry of history: Back returns to the one before.
        s.entry = self.entry + 1;
        s.focus = self.focus.clone();
        s
    }

    /// The browser went to another link of the page (`to`: its answers differ from those
    /// shown). A client whose answers they are is shown (Back across a switch of client). A
    /// link the page did not write (`pasted`) never writes over a client who has answers: it
    /// becomes a client of its own, as a link opened with clients kept does. Otherwise (Back or
    /// Forward through this client's edits) they are this client's answers again.
    fn navigated(self, to: State, pasted: bool) -> State {
        let list = self.saved_clients();
        if let Some(i) = list.iter().position(|c| c.profile == to.profile) {
            let mut s = self.show_client(list, i);
            s.entry = self.entry;
            s.restored_problems = to.restored_problems;
            return s;
        }
        if pasted && self.profile != Profile::default() {
            let mut s = State {
                clients: list,
                ..self.clone()
            }
            .open_link(to);
            s.keep_local = self.keep_local;
            s.lang = self.lang;
            s.view = self.view;
            s.entry = self.entry;
            return s;
        }
        State {
            lang: self.lang,
            keep_local: self.keep_local,
            view: self.view,
            entry: self.entry,
            clients: self.clients,
            client: self.client,
            store_held: self.store_held,
            ..to
        }
    }

    /// A link opened while clients are kept on the device (`self`): the link's answers are
    /// shown as the kept client with the same answers (a reload), or as a new client added to
    /// the list, so that the kept clients are neither lost nor written over.
    pub fn open_link(mut self, mut link: State) -> State {
        let i = match self.clients.iter().position(|c| c.profile == link.profile) {
            Some(i) => i,
            None => {
                let name = self.new_name(&self.clients);
                self.clients.push(Client {
                    name,
                    profile: link.profile.clone(),
                });
                self.clients.len() - 1
            }
        };
        link.clients = self.clients;
        link.client = i;
        link.keep_local = true;
        link.store_held = self.store_held;
        link.restored_problems.extend(self.restored_problems);
        link
    }

    /// A default name not yet taken: "客户 3".
    fn new_name(&self, list: &[Client]) -> String {
        (list.len() + 1..)
            .map(|n| text::client_name(self.lang, n))
            .find(|name| list.iter().all(|c| c.name != *name))
            .unwrap_or_default()
    }

    /// The reducer's client actions.
    fn client_action(&self, action: Action) -> State {
        let mut list = self.saved_clients();
        let at = self.client;
        let (list, shown) = match action {
            Action::NewClient => {
                let name = self.new_name(&list);
                list.push(Client {
                    name,
                    profile: Profile::default(),
                });
                let last = list.len() - 1;
                (list, last)
            }
            Action::SwitchClient(i) if i < list.len() => (list, i),
            Action::DuplicateClient => {
                let base = self.client_name().to_string();
                let name = (2..)
                    .map(|n| text::scenario_name(self.lang, &base, n))
                    .find(|name| list.iter().all(|c| c.name != *name))
                    .unwrap_or_default();
                list.insert(
                    at + 1,
                    Client {
                        name,
                        profile: self.profile.clone(),
                    },
                );
                // The same answers: the scenario opens on the same step.
                let mut s = self.show_client(list, at + 1);
                s.step = self.step;
                return s;
            }
            Action::DeleteClient => {
                if at < list.len() {
                    list.remove(at);
                }
                if list.is_empty() {
                    list.push(Client {
                        name: text::client_name(self.lang, 1),
                        profile: Profile::default(),
                    });
                }
                (list, at.saturating_sub(1))
            }
            Action::AddClients(added, problems) if added.is_empty() => {
                let mut s = self.clone();
                s.restored_problems = problems;
                return s;
            }
            Action::AddClients(added, problems) => {
                list.retain(|c| c.profile != Profile::default());
                let first = list.len();
                list.extend(added);
                let mut s = self.show_client(list, first);
                s.restored_problems = problems;
                return s;
            }
            _ => (list, at),
        };
        self.show_client(list, shown)
    }

    /// The day the result is judged on: the evaluation date when one is set, else today.
    pub fn evaluation_date(&self) -> Date {
        self.profile.evaluation_date.unwrap_or(self.today)
    }

    pub fn typed(&self, field: Field) -> String {
        self.typed.get(&field).cloned().unwrap_or_default()
    }

    /// The steps shown for the current place and tier, in order.
    pub fn steps(&self) -> Vec<Step> {
        Step::ALL
            .into_iter()
            .filter(|s| s.has_questions(&self.relevant))
            .collect()
    }

    fn recompute(&mut self) {
        self.relevant = Rc::new(relevant(&self.profile));
        if !self.steps().contains(&self.step) {
            self.step = Step::Tier;
        }
        // Fields that do not parse hold their committed value in the profile, so the result is
        // always that of the answers the user finished.
        if self.profile.validate().is_empty() {
            self.report = Rc::new(evaluate(&self.profile, self.today));
            self.scenarios = Rc::new(scenarios(&self.profile, &self.report, self.today));
            self.notices = Rc::new(notices(&self.profile, &self.report));
        }
    }

    /// The text of a field at its last commit.
    fn committed(&self, field: Field) -> &str {
        self.committed.get(&field).map_or("", String::as_str)
    }

    fn set_city(&mut self, city: String) {
        self.profile.city = (!city.is_empty()).then_some(city);
        self.profile.county = None;
        if self.profile.tier == Some(Tier::LittleGiantReserve)
            && self.profile.city.as_deref() != Some("xiamen")
        {
            self.profile.tier = Some(Tier::Provincial);
        }
    }

    fn set_tier(&mut self, tier: Option<Tier>) {
        self.profile.tier = tier;
        // Recognition dates follow the tier: those above it drop out of the profile, and what
        // was typed for them comes back if the tier goes up again.
        self.profile.recognitions.clear();
        self.errors
            .retain(|f, _| !matches!(f, Field::Recognition(_)));
        for t in Tier::ALL
            .iter()
            .copied()
            .filter(|t| tier.is_some_and(|have| have.includes(*t)))
        {
            if let Some(raw) = self.typed.get(&Field::Recognition(t)).cloned() {
                self.set_date(Field::Recognition(t), raw);
            }
        }
    }

    fn set_date(&mut self, field: Field, raw: String) {
        let parse = |raw: &str| {
            if raw.trim().is_empty() {
                Ok(None)
            } else {
                Date::parse(raw).map(Some)
            }
        };
        let parsed = match parse(&raw) {
            Ok(date) => {
                self.errors.remove(&field);
                Some(date)
            }
            Err(e) => {
                self.errors.insert(field, text::date_error(self.lang, &e));
                parse(self.committed(field)).ok()
            }
        };
        if let Some(date) = parsed {
            {
                match field {
                    Field::EvaluationDate => self.profile.evaluation_date = date,
                    Field::Recognition(tier) => match date {
                        Some(d) => {
                            self.profile.recognitions.insert(tier, d);
                        }
                        None => {
                            self.profile.recognitions.remove(&tier);
                        }
                    },
                    Field::Occasion(o) => match date {
                        Some(d) => {
                            self.profile.dates.insert(o, d);
                        }
                        None => {
                            self.profile.dates.remove(&o);
                        }
                    },
                    Field::Amount(_) | Field::Loan(..) => {}
                }
            }
        }
        self.typed.insert(field, raw);
    }

    fn set_amount(&mut self, q: Quantity, raw: String) {
        let field = Field::Amount(q);
        let unit = q.unit();
        let parse = |raw: &str| match parse_amount(raw, unit.max_dp(), unit.max()) {
            Err(AmountError::Empty) => Ok(None),
            other => other.map(Some),
        };
        let value = match parse(&raw) {
            Ok(v) => {
                self.errors.remove(&field);
                v
            }
            Err(e) => {
                self.errors
                    .insert(field, text::amount_error(self.lang, &e, unit == Unit::Yuan));
                parse(self.committed(field)).ok().flatten()
            }
        };
        match value {
            Some(v) => {
                self.profile.amounts.insert(q, v);
            }
            None => {
                self.profile.amounts.remove(&q);
            }
        }
        self.typed.insert(field, raw);
    }

    /// Commits every field whose text parses (the user has left the field being edited).
    fn commit(&mut self) {
        for (field, raw) in &self.typed {
            if !self.errors.contains_key(field) {
                self.committed.insert(*field, raw.clone());
            }
        }
        for loan in &mut self.loans {
            let (counted, errors) = read_loan(loan, self.lang);
            if errors.is_empty() {
                loan.committed = counted;
            }
        }
    }

    /// Rebuilds the profile's loans from the drafts: a loan counts once its purpose is chosen
    /// and all its fields hold a value; a field that does not parse gets its message, and its
    /// loan counts as last committed.
    fn sync_loans(&mut self) {
        self.errors.retain(|f, _| !matches!(f, Field::Loan(..)));
        let mut loans = Vec::new();
        for (i, d) in self.loans.iter().enumerate() {
            let (loan, errors) = read_loan(d, self.lang);
            if errors.is_empty() {
                loans.extend(loan);
            } else if let (Some(l), Some(purpose)) = (&d.committed, d.purpose) {
                loans.push(Loan {
                    purpose,
                    other_provincial_discount: d.other_provincial,
                    ..l.clone()
                });
            }
            for (f, message) in errors {
                self.errors.insert(Field::Loan(i, f), message);
            }
        }
        self.profile.loans = loans;
    }
}

/// The loan of a draft: there once its purpose is chosen and every field holds a value; and
/// the message of each field that does not parse.
fn read_loan(d: &LoanDraft, lang: Lang) -> (Option<Loan>, Vec<(LoanField, String)>) {
    let mut errors = Vec::new();
    let mut check = |field, result: Result<Decimal, AmountError>| match result {
        Ok(v) => Some(v),
        Err(AmountError::Empty) => None,
        Err(e) => {
            let message = match field {
                LoanField::Rate => text::rate_error(lang, &e),
                _ => text::amount_error(lang, &e, field == LoanField::Principal),
            };
            errors.push((field, message));
            None
        }
    };
    let principal = check(LoanField::Principal, parse_money(&d.principal));
    let rate = check(LoanField::Rate, parse_rate_percent(&d.rate));
    let term = check(LoanField::Term, parse_months(&d.term).map(Decimal::from));
    let start = match d.start.trim() {
        "" => None,
        s => match Date::parse(s) {
            Ok(d) => Some(d),
            Err(e) => {
                errors.push((LoanField::Start, text::date_error(lang, &e)));
                None
            }
        },
    };
    let loan = match (d.purpose, principal, rate, term, start) {
        (Some(purpose), Some(principal), Some(annual_rate), Some(term), Some(start)) => {
            Some(Loan {
                purpose,
                principal,
                annual_rate,
                term_months: u32::try_from(term.mantissa()).unwrap_or(0),
                start,
                other_provincial_discount: d.other_provincial,
            })
        }
        _ => None,
    };
    (loan.filter(|l| l.term_months > 0), errors)
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // What the page shows of the result, not an answer: nothing to work out again.
        match action {
            Action::ToggleLine(id) => {
                let mut s = (*self).clone();
                match s.opened.iter().position(|x| *x == id) {
                    Some(i) => _ = s.opened.swap_remove(i),
                    None => s.opened.push(id),
                }
                return s.into();
            }
            Action::Printing(on) => {
                return State {
                    print_all: on,
                    ..(*self).clone()
                }
                .into()
            }
            Action::Redraw => return (*self).clone().into(),
            _ => {}
        }
        let before = (self.step, self.entry);
        // An applied what-if: the state before it, kept for "撤销 / Undo".
        let mut applied = None;
        let mut s = match action {
            Action::Undo => match &self.undo {
                Some(u) => State {
                    lang: self.lang,
                    view: self.view,
                    entry: self.entry,
                    clients: self.clients.clone(),
                    ..u.before.clone()
                },
                None => (*self).clone(),
            },
            _ => (*self).clone(),
        };
        match action {
            Action::SetCity(city) => s.set_city(city),
            Action::SetCounty(county) => s.profile.county = (!county.is_empty()).then_some(county),
            Action::SetTier(tier) => s.set_tier(Tier::from_name(&tier)),
            Action::SetDate(field, raw) => s.set_date(field, raw),
            Action::SetAmount(q, raw) => s.set_amount(q, raw),
            Action::SetPark(yes) => {
                s.profile.park = if yes {
                    ParkResidency::SrdiPark
                } else {
                    ParkResidency::None
                }
            }
            Action::SetFact(f, yes) => {
                if yes {
                    s.profile.facts.insert(f);
                } else {
                    s.profile.facts.remove(&f);
                }
            }
            // No purpose until the user picks one; no more than a profile may hold.
            Action::AddLoan if s.loans.len() < MAX_LOANS => {
                s.loans.push(LoanDraft {
                    purpose: None,
                    principal: String::new(),
                    rate: String::new(),
                    committed: None,
                    term: "12".into(),
                    start: String::new(),
                    other_provincial: false,
                });
                s.sync_loans();
            }
            Action::AddLoan => {}
            Action::RemoveLoan(i) => {
                if i < s.loans.len() {
                    s.loans.remove(i);
                }
                s.sync_loans();
            }
            Action::SetLoanPurpose(i, p) => {
                if let Some(l) = s.loans.get_mut(i) {
                    l.purpose = p;
                }
                s.sync_loans();
            }
            Action::SetLoanField(i, field, raw) => {
                if let Some(l) = s.loans.get_mut(i) {
                    match field {
                        LoanField::Principal => l.principal = raw,
                        LoanField::Rate => l.rate = raw,
                        LoanField::Term => l.term = raw,
                        LoanField::Start => l.start = raw,
                    }
                }
                s.sync_loans();
            }
            Action::SetLoanOtherProvincial(i, yes) => {
                if let Some(l) = s.loans.get_mut(i) {
                    l.other_provincial = yes;
                }
                s.sync_loans();
            }
            Action::GoTo(step) => s.step = step,
            Action::Commit => s.commit(),
            Action::Show(step, id) => {
                s.view = View::Result;
                s.step = step;
                s.focus = (s.focus.0 + 1, Some(id));
            }
            Action::Restore(restored) => {
                // The answers of the client shown are replaced; the client list stays.
                s = State {
                    lang: s.lang,
                    keep_local: s.keep_local,
                    entry: s.entry + 1,
                    clients: s.clients,
                    client: s.client,
                    ..*restored
                }
            }
            Action::Navigated(restored, step) => {
                if restored.profile != s.profile {
                    s = s.navigated(*restored, step.is_none());
                }
                if let Some(step) = step.filter(|step| s.steps().contains(step)) {
                    s.step = step;
                }
                // Where the browser went is already an entry of its own.
                return Rc::new(s);
            }
            Action::Apply(change) => {
                applied = Some(State {
                    undo: None,
                    ..(*self).clone()
                });
                match change {
                    Change::NextTier { tier, on } => {
                        s.set_tier(Some(tier));
                        s.set_date(Field::Recognition(tier), on.to_string());
                    }
                    Change::IntoPark => s.profile.park = ParkResidency::SrdiPark,
                    Change::Place { city, county } => {
                        s.set_city(city.into());
                        s.profile.county = county.map(Into::into);
                    }
                }
                // One entry of history for the whole change.
                s.entry += 1;
            }
            Action::Undo => {}
            Action::NewClient
            | Action::SwitchClient(_)
            | Action::DuplicateClient
            | Action::DeleteClient
            | Action::AddClients(..) => return Rc::new(self.client_action(action)),
            Action::RenameClient(name) => {
                if let Some(c) = s.clients.get_mut(s.client) {
                    c.name = name;
                }
                return Rc::new(s);
            }
            // Answered above, without working the result out again.
            Action::ToggleLine(_) | Action::Printing(_) | Action::Redraw => {}
            Action::DismissProblems => {
                s.restored_problems.clear();
                s.store_held = false;
            }
            Action::ViewAsOf(day) => {
                s.set_date(Field::EvaluationDate, day.to_string());
                s.commit();
            }
            Action::BackToToday => {
                s.errors.remove(&Field::EvaluationDate);
                s.typed.remove(&Field::EvaluationDate);
                s.committed.remove(&Field::EvaluationDate);
                s.profile.evaluation_date = None;
            }
            Action::SetKeepLocal(keep) => s.keep_local = keep,
            Action::SetView(view) => s.view = view,
            Action::Ask(step) => {
                s.view = View::Result;
                s.step = step;
            }
            Action::SetLang(lang) => {
                // A default name ("客户 2") follows the language ("Client 2").
                let old = text::t(s.lang).client;
                for c in &mut s.clients {
                    if let Some(n) = c.name.strip_prefix(old).and_then(|n| n.trim().parse().ok()) {
                        c.name = text::client_name(lang, n);
                    }
                }
                s.lang = lang;
                // Re-run every typed field so that its message is in the new language.
                s.errors.clear();
                for (field, raw) in s.typed.clone() {
                    match field {
                        Field::Amount(q) => s.set_amount(q, raw),
                        Field::EvaluationDate | Field::Recognition(_) | Field::Occasion(_) => {
                            s.set_date(field, raw)
                        }
                        Field::Loan(..) => {}
                    }
                }
                s.sync_loans();
            }
            Action::Next | Action::Back => {
                let steps = s.steps();
                if let Some(i) = steps.iter().position(|x| *x == s.step) {
                    let j = if matches!(action, Action::Next) {
                        (i + 1).min(steps.len() - 1)
                    } else {
                        i.saturating_sub(1)
                    };
                    s.step = steps[j];
                    s.focus = (s.focus.0 + 1, None);
                }
            }
        }
        s.recompute();
        if s.step != before.0 && s.entry == before.1 {
            s.entry += 1;
        }
        // The undo holds while the answers are those the what-if made.
        if s.undo.as_ref().is_some_and(|u| u.applied != s.profile) {
            s.undo = None;
        }
        if let Some(before) = applied {
            s.undo = Some(Rc::new(Undo {
                applied: s.profile.clone(),
                before,
            }));
        }
        Rc::new(s)
    }
}
