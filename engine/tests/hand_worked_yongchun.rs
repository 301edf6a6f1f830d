//! Hand-worked values for 永春县促进专精特新企业发展行动方案 (永政办规〔2024〕1号), worked out from
//! catalogue/sources/yongchun-2024-1.txt (not from the TOML entries).
//!
//! Window: "本方案自 2024年 1月 23日起施行，有效期至 2025年 12月31日止。" — 2024-01-23 to
//! 2025-12-31, both ends inclusive. The benefits below name no amount and no event of their
//! own: each is a line without an amount, paid by the county, and the evaluation date decides.
mod common;
use common::*;
use srdi_engine::catalogue::Status;
use srdi_engine::{Fact, Kind, PayerLevel, Profile, Reason, Standing, Tier};

const ON: &str = "2025-06-01";

fn yongchun(tier: Tier) -> Profile {
    let mut p = profile("quanzhou", Some("yongchun"));
    p.tier = Some(tier);
    p
}

/// A line without an amount, claimable, paid by the county, inside the window's inclusive
/// ends and outside it the day before and the day after.
fn unquantified_county_line(p: &Profile, id: &str) {
    let r = run(p, ON);
    let l = line(&r, id);
    assert_eq!((l.amount, l.kind), (None, Kind::Unquantified), "{id}");
    assert_eq!(l.payer, PayerLevel::County, "{id}");
    assert_eq!(
        (l.status, l.standing),
        (Status::InForce, Standing::Claimable),
        "{id}"
    );
    assert!(r.totals.county.unquantified >= 1, "{id}");
    for inside in ["2024-01-23", "2025-12-31"] {
        assert_eq!(line(&run(p, inside), id).amount, None, "{id} on {inside}");
    }
    for outside in ["2024-01-22", "2026-01-01"] {
        assert_eq!(
            reason(&run(p, outside), id),
            &Reason::OutsideWindow {
                event: date(outside),
                from: date("2024-01-23"),
                to: Some(date("2025-12-31")),
            },
            "{id} on {outside}"
        );
    }
}

/// 四、（三） "支持园区外的专精特新“小巨人”企业、专精特新中小企业搬迁入驻工业（产业）标准化园区，
/// 并享受…相关政策支持。": the amounts are in the three cited documents, not here. For a
/// 专精特新中小企业 or 小巨人 (provincial tier and above) moving in from outside the park; not
/// for an innovative SME, nor for a firm that is not moving in.
#[test]
fn standard_park_relocation_support() {
    let id = "yc-standard-park-relocation";
    let mut p = yongchun(Tier::Provincial);
    p.facts.insert(Fact::RelocatingToStandardPark);
    unquantified_county_line(&p, id);

    let mut g = yongchun(Tier::LittleGiant);
    g.facts.insert(Fact::RelocatingToStandardPark);
    assert_eq!(line(&run(&g, ON), id).amount, None);

    p.tier = Some(Tier::Innovative);
    assert_eq!(
        reason(&run(&p, ON), id),
        &Reason::TierTooLow {
            needs: Tier::Provincial,
            has: Tier::Innovative
        }
    );
    p.tier = Some(Tier::Provincial);
    p.facts.remove(&Fact::RelocatingToStandardPark);
    assert_eq!(
        reason(&run(&p, ON), id),
        &Reason::MissingFact {
            fact: Fact::RelocatingToStandardPark
        }
    );
}

/// 三、（六） "对专精特新中小企业、小巨人企业引进经市级认定为高层次人才团队予以政策支持。": no
/// amount; for a provincial SRDI firm or 小巨人 that brought in a team recognised by the city.
#[test]
fn talent_team_support() {
    let id = "yc-talent-team";
    let mut p = yongchun(Tier::Provincial);
    p.facts.insert(Fact::CityRecognisedTalentTeam);
    unquantified_county_line(&p, id);

    p.tier = Some(Tier::Innovative);
    assert_eq!(
        reason(&run(&p, ON), id),
        &Reason::TierTooLow {
            needs: Tier::Provincial,
            has: Tier::Innovative
        }
    );
    p.tier = Some(Tier::LittleGiant);
    p.facts.remove(&Fact::CityRecognisedTalentTeam);
    assert_eq!(
        reason(&run(&p, ON), id),
        &Reason::MissingFact {
            fact: Fact::CityRecognisedTalentTeam
        }
    );
}

/// 四、（四） "保障省级以上专精特新企业扩产用地、用能、用电、环境容量指标需求，在实施有序用电期间，
/// 对专精特新企业提供电力保障等；县政务服务中心开辟行政审批绿色通道。": 省级以上 is inclusive, so
/// a provincial SRDI firm qualifies (and every tier above it); an innovative SME does not.
#[test]
fn resource_guarantee_for_provincial_firms_and_above() {
    let id = "yc-resource-guarantee";
    let p = yongchun(Tier::Provincial);
    unquantified_county_line(&p, id);
    for tier in [Tier::LittleGiant, Tier::KeyLittleGiant] {
        assert_eq!(line(&run(&yongchun(tier), ON), id).amount, None);
    }
    assert_eq!(
        reason(&run(&yongchun(Tier::Innovative), ON), id),
        &Reason::TierTooLow {
            needs: Tier::Provincial,
            has: Tier::Innovative
        }
    );
    let mut none = yongchun(Tier::Provincial);
    none.tier = None;
    assert_eq!(
        reason(&run(&none, ON), id),
        &Reason::NoTier {
            needs: Tier::Provincial
        }
    );
}
