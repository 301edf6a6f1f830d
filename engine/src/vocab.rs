//! The closed vocabulary the catalogue is written in: tiers, payer levels, the amounts and
//! facts a profile can carry, loan purposes.
//!
//! This file has no dependencies on purpose: `build.rs` includes it with `#[path]` so that the
//! catalogue's TOML is checked against exactly the names the engine understands. A misspelt
//! quantity in a catalogue file fails the build, not the page.

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        #[allow(dead_code)]
        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The snake_case name used in catalogue files, JSON profiles and share links.
            pub const fn name(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The variant whose catalogue name is `text`.
            pub fn from_name(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }

            /// The Rust path of the variant, used by `build.rs` when it writes the catalogue.
            pub const fn rust_path(self) -> &'static str {
                match self { $($name::$variant => concat!(stringify!($name), "::", stringify!($variant))),+ }
            }
        }
    };
}

vocabulary! {
    /// Recognition tier (梯度). Ordered: a higher tier includes every lower one, because a
    /// 小巨人 is also a provincial 专精特新 firm, which is also an innovative SME.
    Tier {
        /// 创新型中小企业
        Innovative = "innovative",
        /// 专精特新中小企业 (省级)
        Provincial = "provincial",
        /// 专精特新“小巨人”后备企业 (Xiamen only): a provincial firm picked for grooming.
        LittleGiantReserve = "little_giant_reserve",
        /// 国家专精特新“小巨人”企业
        LittleGiant = "little_giant",
        /// 专精特新重点“小巨人”企业
        KeyLittleGiant = "key_little_giant",
    }
}

vocabulary! {
    /// Who pays a line. Not always the level that wrote the text: a city document may promise
    /// provincial money (三明 cites 省级专项资金).
    PayerLevel {
        /// 县（市、区）or 区 — county, county-level city or district (and 管委会 of a zone).
        County = "county",
        /// 设区市
        City = "city",
        /// 省
        Province = "province",
    }
}

vocabulary! {
    /// How sure the amount is: the text fixes it, caps it (最高/不超过), or names none.
    Kind {
        Exact = "exact",
        UpTo = "up_to",
        /// 一定奖励, 按规定给予支持, 配套奖励: eligible, but the text names no amount.
        Unquantified = "unquantified",
    }
}

vocabulary! {
    /// How often a benefit is paid, as the text states it.
    Frequency {
        /// 一次性
        OneOff = "one_off",
        /// 每年 / 按年度, with the yearly cap where there is one.
        Yearly = "yearly",
        /// For each qualifying loan.
        PerLoan = "per_loan",
        /// For each project or standard.
        PerProject = "per_project",
        /// For each person and day of training.
        PerPersonDay = "per_person_day",
        /// 分阶段: in stages.
        Staged = "staged",
        /// The text does not say.
        NotStated = "not_stated",
    }
}

vocabulary! {
    /// Whether the document is an adopted regulation or only a draft for comment (征求意见稿).
    DocumentStatus {
        Official = "official",
        Draft = "draft",
    }
}

vocabulary! {
    /// Kind of premises residency. 永春 pays park benefits only to firms in its
    /// 专精特新示范园区.
    ParkResidency {
        /// Not in a designated park.
        None = "none",
        /// In a designated 专精特新（示范）园区.
        SrdiPark = "srdi_park",
    }
}

vocabulary! {
    /// What a loan is for. Each interest-discount rule applies to loans of one purpose.
    LoanPurpose {
        /// 购买园区产业用房（含配套用房）的银行贷款 (永春)
        ParkPremises = "park_premises",
        /// 流动资金贷款 (省专精特新专项资金贷款)
        WorkingCapital = "working_capital",
        /// 专利、商标质押融资 (厦门)
        IpPledge = "ip_pledge",
        /// 技术创新基金：增资扩产、技术改造贷款 — fixed-asset investment (固定资产投资) (厦门).
        /// Links made before the R&D kind existed read as this kind.
        TechInnovationFund = "tech_innovation_fund",
        /// 技术创新基金：研发创新贷款 (厦门), under a lower ceiling than fixed-asset loans.
        TechInnovationFundRd = "tech_innovation_fund_rd",
        /// Any other loan: no rule in the catalogue discounts it.
        Other = "other",
    }
}

vocabulary! {
    /// Amounts a profile can carry, in 元 unless the name says otherwise. Each one is read by
    /// at least one catalogue entry (a test checks this), so the questionnaire can ask only
    /// the amounts that matter for the entries in play.
    Quantity {
        /// Annual rent for park industrial premises, 元 per year.
        ParkRentPerYear = "park_rent_per_year",
        /// Months of that rent (the subsidy counts at most 12).
        ParkRentMonths = "park_rent_months",
        /// Electricity used in the first year after moving into the park, kWh.
        ParkFirstYearKwh = "park_first_year_kwh",
        /// Annual self-funded R&D spend (年度自主研发费用).
        RdSpend = "rd_spend",
        /// Equipment investment of the previous year (上年度设备投入).
        EquipmentPrevYear = "equipment_prev_year",
        /// Equity received from the national manufacturing transformation fund or its
        /// first-tier sub-funds (国家制造业转型升级基金), paid in.
        EquityTransformationFund = "equity_transformation_fund",
        /// Equity received from the national SME development fund or its first-tier
        /// sub-funds (中小企业发展基金), paid in.
        EquitySmeFund = "equity_sme_fund",
        /// New R&D equipment (software included) of a joint lab with a university, paid from
        /// non-fiscal money (新增研发设备（含软件）非财政资金投入).
        JointLabEquipment = "joint_lab_equipment",
        /// International, national or industry standards the firm led as main drafter, count.
        StandardsLed = "standards_led",
        /// Actual spend on a digital upgrade (数字化改造实际投入资金).
        DigitalUpgradeSpend = "digital_upgrade_spend",
        /// Fees actually paid for professional management consulting (管理咨询专业化服务).
        ConsultingFees = "consulting_fees",
        /// Person-days of qualifying digital-skills training (每天每人次).
        TrainingPersonDays = "training_person_days",
        /// Venue rent paid for product launches and trade fairs held in China (场租).
        DomesticFairVenueRent = "domestic_fair_venue_rent",
        /// Insured amount of domestic trade credit insurance policies (保险金额).
        CreditInsuranceInsured = "credit_insurance_insured",
        /// Premium actually paid for those policies (实缴保险费).
        CreditInsurancePremium = "credit_insurance_premium",
        /// Unit market price of a newly recognised first-set major equipment (首台（套）市场销售单价).
        FirstSetUnitPrice = "first_set_unit_price",
        /// Equipment investment (technology and software included) of a technical-reform
        /// project (技改项目设备投资额).
        TechReformEquipment = "tech_reform_equipment",
        /// Total actual investment of that technical-reform project (实际总投资).
        TechReformTotal = "tech_reform_total",
        /// Average tax paid per year over the last three years (近三年年均纳税).
        AvgTaxLast3Years = "avg_tax_last_3_years",
        /// Fees a public service institution in the park charged park firms for its services
        /// (服务费用, 永春 四（二）4): the base of its award.
        ServiceFees = "service_fees",
        /// 小巨人 firms a park operator brought into 三明 from outside the city (引入…落户),
        /// count: one project each (单个项目).
        LittleGiantsBroughtIn = "little_giants_brought_in",
        /// 专精特新中小企业 gathered in a park (聚集…的产业园区), count: 三明 gives a park with 5
        /// or more the “专精特新园区” plaque.
        SrdiFirmsInPark = "srdi_firms_in_park",
        /// A loan guaranteed by a government financing guarantee institution (政府性融资担保机构
        /// …担保贷款), 元: 三明 reduces its fee below a size set by tier.
        GuaranteedLoan = "guaranteed_loan",
    }
}

vocabulary! {
    /// Yes/no facts about the enterprise that gate an entry and carry no amount.
    Fact {
        /// Moved into (or plans to move into) a 工业（产业）标准化园区 from outside.
        RelocatingToStandardPark = "relocating_to_standard_park",
        /// Brought in a high-level talent team recognised by the city (经市级认定为高层次人才团队).
        CityRecognisedTalentTeam = "city_recognised_talent_team",
        /// Digital level 2 or above after the upgrade (改造后数字化水平达到二级以上).
        DigitalLevel2 = "digital_level_2",
        /// The technical-reform project is a 省重点技改项目 (三明 二（二）4: "对其项目设备…" — 其项目
        /// is the provincial key project of the sentence before).
        ProvincialKeyTechReformProject = "provincial_key_tech_reform_project",
        /// Revenue grew over the previous year after the technical-reform project went live.
        RevenueGrewAfterTechReform = "revenue_grew_after_tech_reform",
        /// Equipment newly recognised as a national first-set (国家首台（套）).
        FirstSetNational = "first_set_national",
        /// Equipment newly recognised as a provincial first-set (省级首台（套）).
        FirstSetProvincial = "first_set_provincial",
        /// Listed in the provincial key pre-IPO pool (省级重点上市后备企业库).
        ProvincialListingReserve = "provincial_listing_reserve",
        /// Co-builds a joint lab with a university, research institute or provincial
        /// innovation lab (共建联合实验室).
        JointLab = "joint_lab",
        /// 开展知识产权相关维权
        IpEnforcement = "ip_enforcement",
        /// 参与国际、国家、行业或地方标准研制
        StandardsWork = "standards_work",
        /// 建设智能制造示范工厂或申报智能制造优秀场景
        SmartManufacturing = "smart_manufacturing",
        /// 获评国家绿色工厂、绿色供应链管理企业或绿色设计示范企业
        GreenManufacturing = "green_manufacturing",
        /// 参加国际性展会、线上外贸展会或赴境外参展
        InternationalExhibition = "international_exhibition",
        /// 新认定为国家企业技术中心
        NewNationalTechCenter = "new_national_tech_center",
        /// 牵头新认定的省级制造业创新中心
        NewProvincialMfgInnovationCenter = "new_provincial_mfg_innovation_center",
        /// 牵头新认定的省级制造业创新中心试点
        NewProvincialMfgInnovationCenterPilot = "new_provincial_mfg_innovation_center_pilot",
        /// 新认定为省级企业技术中心
        NewProvincialTechCenter = "new_provincial_tech_center",
        /// 新认定为省级新型研发机构
        NewProvincialRdInstitution = "new_provincial_rd_institution",
        /// “创响福建”大赛市决赛一等奖
        ContestFirstPrize = "contest_first_prize",
        /// “创响福建”大赛市决赛二等奖
        ContestSecondPrize = "contest_second_prize",
        /// “创响福建”大赛市决赛三等奖
        ContestThirdPrize = "contest_third_prize",
        /// 新获评省级新一代信息技术与制造业融合发展新模式新业态标杆
        DigitalBenchmark = "digital_benchmark",
        /// 新认定为国家级中小微企业创业创新示范基地
        NationalInnovationDemoBase = "national_innovation_demo_base",
        /// 新招引落户泉州
        NewlyAttractedToQuanzhou = "newly_attracted_to_quanzhou",
        /// 共建检测平台，新购入检测设备达到省级新型研发机构要求
        TestingPlatform = "testing_platform",
        /// 在市外设立符合认定条件的飞地研发中心
        EnclaveRdCenter = "enclave_rd_center",
        /// Has an R&D institution (joint lab, research institute, technology or engineering
        /// centre, expert or postdoc workstation) under construction or not yet meeting its
        /// recognition standard (在建和未达到相关认定标准的研发机构, 厦门).
        RdInstitutionInProgress = "rd_institution_in_progress",
        /// Makes a first-set (首台（套）) technical equipment from its own innovation (厦门).
        FirstSetEquipment = "first_set_equipment",
        /// A leading firm in a key link of the chain (设备总装、芯片制造、系统集成、关键新材料研发等
        /// 环节), able to pull the chain along (具备牵引带动力), that needs to expand (有增资扩产需求).
        ChainLeaderExpanding = "chain_leader_expanding",
        /// Builds or runs a pilot (中试) platform open to others (面向社会开放的中试平台).
        OpenPilotPlatform = "open_pilot_platform",
        /// Used a service that meets the 科技创新券 (innovation voucher) rules.
        InnovationVoucherService = "innovation_voucher_service",
        /// Rated B or above in the industrial firms' resource-use evaluation
        /// (工业企业资源集约利用综合评价结果B类以上).
        ResourceUseRatedBOrAbove = "resource_use_rated_b_or_above",
        /// Role: a public service institution (industrial design, R&D, start-up coaching,
        /// human resources…) in 永春's park that serves the park's firms (入驻园区的…公共服务机构).
        ParkServiceInstitution = "park_service_institution",
        /// Role: the operator (集群运营单位) of a cluster named a national SME characteristic
        /// industry cluster (国家级中小企业特色产业集群).
        NationalClusterOperator = "national_cluster_operator",
        /// Role: the operator of an industrial park (产业园区运营主体).
        ParkOperator = "park_operator",
    }
}

vocabulary! {
    /// The event that dates a benefit, where the text ties it to something the firm did or
    /// got (not to a recognition tier or a loan, which have their own dates). The profile
    /// carries the day of each (`Profile::dates`); the entry's window is judged by it.
    Occasion {
        /// 入驻园区: the first year in the park starts that day (入驻园区后第一年).
        ParkMoveIn = "park_move_in",
        /// First day of the rent period the subsidy is asked for (补贴期限最长不超过1年).
        ParkRentStart = "park_rent_start",
        /// The day the fund's equity was actually paid in (实际到资).
        EquityPaidIn = "equity_paid_in",
        /// The equipment investment was made (上年度设备投入: a day of that year).
        EquipmentSpend = "equipment_spend",
        /// The joint lab's new R&D equipment was bought (新增研发设备).
        JointLabEquipment = "joint_lab_equipment",
        /// The standard led by the firm was published (主导制定…标准).
        StandardPublished = "standard_published",
        /// The digital upgrade was completed (数字化改造).
        DigitalUpgrade = "digital_upgrade",
        /// The management-consulting fees were paid (管理咨询).
        Consulting = "consulting",
        /// The digital-skills training was held (培训).
        Training = "training",
        /// The product launch or trade fair was held in China (展会).
        DomesticFair = "domestic_fair",
        /// The domestic trade credit insurance policy was taken out (投保).
        CreditInsurance = "credit_insurance",
        /// The technical-reform project (省重点技改项目) went live (竣工投产).
        TechReform = "tech_reform",
        /// 新认定: the day the firm's enterprise technology centre (national or provincial) was
        /// recognised (三明).
        NewTechCenter = "new_tech_center",
        /// The day the provincial manufacturing innovation centre, or its pilot, led by the
        /// firm was newly recognised (三明).
        NewMfgInnovationCenter = "new_mfg_innovation_center",
        /// The day the firm was newly recognised as a provincial new R&D institution (三明).
        NewRdInstitution = "new_rd_institution",
        /// The day the first-set (首台（套）) equipment was newly recognised (三明).
        NewFirstSet = "new_first_set",
        /// The day the firm was newly rated a digital-integration benchmark (新获评, 三明).
        NewDigitalBenchmark = "new_digital_benchmark",
        /// The day the firm was newly recognised as a national innovation demonstration base
        /// (三明).
        NewDemoBase = "new_demo_base",
        /// The day the contest's city final awarded the prize (“创响福建”大赛).
        ContestAward = "contest_award",
        /// The day the cluster was named a national SME characteristic industry cluster
        /// (获评国家级中小企业特色产业集群).
        ClusterNamed = "cluster_named",
        /// The day the 小巨人 brought in from outside settled in the park (落户).
        LittleGiantSettled = "little_giant_settled",
    }
}

#[allow(dead_code)] // build.rs includes this file too
impl Fact {
    /// Whether the fact is a role the enterprise answers in, other than as a firm that claims
    /// for itself (a service institution, a cluster or park operator): an entry for a role
    /// shows, and brings its questions, only once the role is chosen.
    pub const fn is_role(self) -> bool {
        matches!(
            self,
            Fact::ParkServiceInstitution | Fact::NationalClusterOperator | Fact::ParkOperator
        )
    }
}

impl Tier {
    /// Whether a firm of tier `self` counts as a firm of tier `required`: tiers are cumulative.
    pub fn includes(self, required: Tier) -> bool {
        self >= required
    }
}
