//! The steps of the walk-through and which step asks what: an amount, a fact, an occasion's
//! date, or the answer an entry depends on most (for the "edit" links of the result and the
//! library). Its own room, so that the state (src/state.rs) and the words (src/text.rs) both
//! read it without reading each other.

use srdi_engine::questions::Relevant;
use srdi_engine::{Fact, Occasion, Quantity};

/// The steps of the walk-through, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    Place,
    Tier,
    Park,
    Innovation,
    Loans,
    Equity,
    Other,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::Place,
        Step::Tier,
        Step::Park,
        Step::Innovation,
        Step::Loans,
        Step::Equity,
        Step::Other,
    ];

    /// The step that asks for an amount.
    pub fn of_quantity(q: Quantity) -> Step {
        use Quantity::*;
        match q {
            ParkRentPerYear | ParkRentMonths | ParkFirstYearKwh => Step::Park,
            EquityTransformationFund | EquitySmeFund => Step::Equity,
            RdSpend | EquipmentPrevYear | JointLabEquipment | DigitalUpgradeSpend
            | TechReformEquipment | TechReformTotal | FirstSetUnitPrice | StandardsLed
            | ConsultingFees | TrainingPersonDays => Step::Innovation,
            _ => Step::Other,
        }
    }

    /// The step that asks a yes/no fact.
    pub fn of_fact(f: Fact) -> Step {
        use Fact::*;
        match f {
            RelocatingToStandardPark => Step::Park,
            DigitalLevel2
            | RevenueGrewAfterTechReform
            | FirstSetNational
            | FirstSetProvincial
            | JointLab
            | StandardsWork
            | SmartManufacturing
            | GreenManufacturing
            | NewNationalTechCenter
            | NewProvincialMfgInnovationCenter
            | NewProvincialMfgInnovationCenterPilot
            | NewProvincialTechCenter
            | NewProvincialRdInstitution
            | DigitalBenchmark
            | NationalInnovationDemoBase
            | TestingPlatform
            | EnclaveRdCenter
            | RdInstitutionInProgress
            | FirstSetEquipment
            | OpenPilotPlatform
            | InnovationVoucherService => Step::Innovation,
            ProvincialListingReserve => Step::Equity,
            _ => Step::Other,
        }
    }

    /// Whether the step has anything to ask, given what matters for the place and tier.
    pub fn has_questions(self, r: &Relevant) -> bool {
        match self {
            Step::Place | Step::Tier => true,
            Step::Park => r.park || has(self, r),
            Step::Loans => !r.loan_purposes.is_empty(),
            _ => has(self, r),
        }
    }
}

fn has(step: Step, r: &Relevant) -> bool {
    r.quantities.iter().any(|q| Step::of_quantity(*q) == step)
        || r.facts.iter().any(|f| Step::of_fact(*f) == step)
}

/// The step holding the answer an entry depends on most, for "edit" links from the result.
pub fn entry_step(entry: &srdi_engine::catalogue::Entry) -> Step {
    use srdi_engine::catalogue::{Event, Formula};
    let el = &entry.eligibility;
    if matches!(entry.formula, Formula::LoanInterest { .. }) {
        return Step::Loans;
    }
    if el.park.is_some() {
        return Step::Park;
    }
    if let Some(q) = el
        .conditions
        .first()
        .map(|c| c.quantity)
        .or(match &entry.formula {
            Formula::Terms { terms, .. } => terms.first().map(|t| t.base),
            _ => None,
        })
    {
        return Step::of_quantity(q);
    }
    if let Some(f) = el.facts.first() {
        return Step::of_fact(*f);
    }
    match entry.event {
        Event::Recognition(_) => Step::Tier,
        _ => Step::Tier,
    }
}

impl Step {
    /// The step that asks for an occasion's date: the step of an amount in play that it dates,
    /// else of a fact it dates (the questionnaire shows the date field beside them).
    pub fn of_occasion(o: Occasion, r: &Relevant) -> Step {
        r.quantities
            .iter()
            .find(|q| Relevant::occasion_of(**q) == Some(o))
            .map(|q| Step::of_quantity(*q))
            .or_else(|| {
                r.facts
                    .iter()
                    .find(|f| Relevant::occasion_of_fact(**f) == Some(o))
                    .map(|f| Step::of_fact(*f))
            })
            .unwrap_or(Step::Other)
    }
}
