"""Des fichiers des données ouvertes comme les ministères les publient, pour les tests de
l'import : chaque format, avec les bizarreries relevées dans ../shared/donnees/README.md."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from gesserv_bureau.referentiel.donnees_ouvertes import (
    COLONNES_2016,
    COLONNES_2016_37,
    COLONNES_2016_2018,
    COLONNES_ACTUELLES,
    COLONNES_NORMES,
    COLONNES_NORMES_2017_2018,
    COLONNES_NORMES_2017_2020,
)


def ligne_actuelle(**valeurs) -> dict[str, str]:
    ligne = {c: "" for c in COLONNES_ACTUELLES}
    ligne.update(
        fiscal_yr="2023-2024", service_id="SRV03054", service_name_en="AgriStability",
        service_name_fr="Agri-stabilité",
        service_description_en="Protects producers against large declines in farming income.\nCost-shared.",
        service_description_fr="Protège les producteurs contre les baisses importantes de revenu agricole.\r\nFrais partagés.",
        service_type="GNC,RES", service_recipient_type="CLIENT", service_scope="EXTERN",
        client_target_groups="ECONOM,PERSON", program_id="ABC01,ABC02",
        program_name_en="'Business Risk Management', 'Farm Income'",
        program_name_fr="'Gestion des risques de l'entreprise', 'Revenu agricole'",
        client_feedback_channel="EML,ONL,PERSON,POST,TEL", automated_decision_system="N",
        service_fee="N", os_account_registration="Y", os_authentication="Y", os_application="Y",
        os_decision="N", os_issuance="NA", os_issue_resolution_feedback="Y",
        last_service_review="2021-2022", sin_usage="Y", cra_bn_identifier_usage="NA",
        num_phone_enquiries="ND", num_applications_by_phone="NA", num_website_visits="12345",
        num_applications_online="1000", num_applications_in_person="20", num_applications_by_mail="ND",
        num_applications_by_email="0", num_applications_by_fax="NA", num_applications_by_other="5",
        num_applications_total="1025", special_remarks_en="Other: by agent.", special_remarks_fr="Autres : par agent.",
        service_uri_en="https://agriculture.canada.ca/en/a<>https://agriculture.canada.ca/en/b",
        service_uri_fr="https://agriculture.canada.ca/fr/a", owner_org="aafc-aac",
        owner_org_title="Agriculture and Agri-Food Canada | Agriculture et Agroalimentaire Canada",
    )
    ligne.update(valeurs)
    return ligne


def lignes_actuelles() -> list[dict[str, str]]:
    return [
        ligne_actuelle(),
        ligne_actuelle(service_id="1234", service_name_en="Deicing program", service_name_fr="Programme de déglaçage",
                       service_type="CER", service_scope="ENTERPRISE", client_target_groups="INTERN_GOV",
                       num_applications_online="NA", num_applications_total="25", os_application="N",
                       special_remarks_en="", special_remarks_fr=""),
        ligne_actuelle(fiscal_yr="2022-2023", service_id="SRV03054", num_applications_online="800",
                       num_applications_total="825"),
    ]


def texte_csv(colonnes, lignes, separateur=",", fin="\r\n") -> str:
    sortie = io.StringIO()
    ecrivain = csv.DictWriter(sortie, fieldnames=list(colonnes), delimiter=separateur, lineterminator=fin)
    ecrivain.writeheader()
    ecrivain.writerows(lignes)
    return sortie.getvalue()


def ecrire(chemin: Path, texte: str, bom: bool = True, encodage: str = "utf-8") -> Path:
    octets = texte.encode(encodage)
    chemin.write_bytes((b"\xef\xbb\xbf" if bom and encodage == "utf-8" else b"") + octets)
    return chemin


def fichier_actuel(dossier: Path, nom: str = "services.csv", lignes=None, **kw) -> Path:
    return ecrire(dossier / nom, texte_csv(COLONNES_ACTUELLES, lignes or lignes_actuelles(), **kw))


def ligne_2016(**valeurs) -> dict[str, str]:
    ligne = {c: "" for c in COLONNES_2016}
    ligne.update(
        fiscal_yr="2018-2019", service_id="142", service_name_en="Passport", service_name_fr="Passeport",
        department_name_en="Immigration, Refugees and Citizenship Canada",
        department_name_fr="Immigration, Réfugiés et Citoyenneté Canada", external_internal="extern",
        service_type="reg", special_designations="prior,crit", service_description_en="Issues passports.",
        service_description_fr="Délivre les passeports.", service_url_en="https://canada.ca/passport",
        service_url_fr="https://canada.ca/passeport", program_name_en="Passport", program_name_fr="Passeport",
        last_GBA="2017", ident_platform="GCKey", client_target_groups="person", info_service="N",
        service_fee="Y", cra_business_number="N", use_of_sin="N", service_channels="ONL,PERSON,POST",
        calls_received="250000", web_visits_info_service="3000000", online_applications="ND",
        telephone_applications="NA", in_person_applications="1500000", postal_mail_applications="700000",
        other_applications="0", e_registration="N", e_authentication="N", e_application="N",
        e_decision="N", e_issuance="N", e_feedback="Y", client_feedback="ONL",
        special_remarks_en="", special_remarks_fr="",
    )
    ligne.update(valeurs)
    return ligne


def fichier_2016(dossier: Path, colonnes=COLONNES_2016, nom: str = "services_2016.csv") -> Path:
    lignes = [
        ligne_2016(),
        ligne_2016(service_id="143", service_name_en="Payroll", service_name_fr="Paye", external_internal="intern",
                   service_type="FM", special_designations="non", client_target_groups="intern_gov"),
    ]
    lignes = [{c: l[c] for c in colonnes} for l in lignes]
    return ecrire(dossier / nom, texte_csv(colonnes, lignes, fin="\n"), bom=False)


def fichier_2016_37(dossier: Path) -> Path:
    return fichier_2016(dossier, COLONNES_2016_37, "services_2016_37.csv")


def ligne_norme(**valeurs) -> dict[str, str]:
    ligne = {c: "" for c in COLONNES_NORMES}
    ligne.update(
        fiscal_yr="2023-2024", service_id="SRV03054", service_name_en="AgriStability",
        service_name_fr="Agri-stabilité", service_standard_id="STAN00000001",
        service_standard_en="Payment issued within 60 days", service_standard_fr="Paiement versé en 60 jours",
        type="TML", channel="ONL", target="0.8", volume_meeting_target="900", total_volume="1000",
        performance="0.9", target_met="Y", standards_targets_uri_en="https://agr.ca/std",
        standards_targets_uri_fr="https://agr.ca/norme", performance_results_uri_en="https://agr.ca/perf",
        owner_org="aafc-aac", owner_org_title="Agriculture and Agri-Food Canada | Agriculture et Agroalimentaire Canada",
    )
    ligne.update(valeurs)
    return ligne


def fichier_normes(dossier: Path, lignes=None, nom: str = "normes.csv") -> Path:
    lignes = lignes or [
        ligne_norme(),
        ligne_norme(service_standard_id="STAN00000002", type="ACS", channel="TEL", target="0.95",
                    volume_meeting_target="1200", total_volume="1000", performance="1.2", target_met="Y",
                    comments_fr="Plus d'appels traités que reçus (reports).", comments_en="Carry-overs."),
    ]
    return ecrire(dossier / nom, texte_csv(COLONNES_NORMES, lignes))


# --- les formats plus anciens ------------------------------------------------------------------
def ligne_2016_2018(**valeurs) -> dict[str, str]:
    """Une ligne du répertoire 2016-2018 (41 colonnes), aux codes de son schéma."""
    ligne = {c: "" for c in COLONNES_2016_2018}
    ligne.update(
        owner_org="aafc-aac", fiscal_yr="2017-2018", service_id="1",
        service_name_en="Farm Debt Mediation Service",
        service_name_fr="Service de médiation en matière d'endettement agricole",
        external_internal="EX", service_type="RES", special_designations="4",
        service_description_en="Financial counselling and mediation for farmers.",
        service_description_fr="Consultation financière et médiation pour les agriculteurs.",
        authority_en="Farm Debt Mediation Act", authority_fr="Loi sur la médiation en matière d'endettement agricole",
        service_url_en="http://www.agr.gc.ca/fdms", service_url_fr="http://www.agr.gc.ca/smea",
        program_name_en="Farm Debt Mediation", program_name_fr="Médiation en matière d'endettement agricole",
        program_id_code="BAA00", client_target_groups="ES,PP", service_fee="N", cra_business_number="Y",
        use_of_sin="NA", online_applications="0", web_visits_info_service="15000", calls_received="282",
        in_person_applications="ND", email_applications="12", fax_applications="NA",
        postal_mail_applications="40", e_registration="N", e_authentication="N", e_application="Y",
        e_decision="N", e_issuance="NA", e_feedback="Y", client_feedback="IP,ONL",
        special_remarks_en="Counts from the regional offices.", special_remarks_fr="Chiffres des bureaux régionaux.",
        harmonized_service_id="aafc-aac-01", harmonized_service_name_en="Farm Debt Mediation Service",
        harmonized_service_name_fr="Service de médiation en matière d'endettement agricole",
        owner_org_title="Agriculture and Agri-Food Canada | Agriculture et Agroalimentaire Canada",
    )
    ligne.update(valeurs)
    return ligne


def lignes_2016_2018() -> list[dict[str, str]]:
    """Le même numéro « 1 » dans deux ministères, et un service interne intégré."""
    return [
        ligne_2016_2018(),
        ligne_2016_2018(owner_org="tc", service_id="1", service_name_en="Pleasure craft licence",
                        service_name_fr="Permis d'embarcation de plaisance", external_internal="EI",
                        service_type="HVRT", special_designations="8", client_target_groups="PP",
                        authority_en="Canada Shipping Act, 2001", authority_fr="Loi de 2001 sur la marine marchande du Canada",
                        harmonized_service_id="tc-01", special_remarks_en="", special_remarks_fr="",
                        owner_org_title="Transport Canada | Transports Canada"),
        ligne_2016_2018(owner_org="tc", service_id="2", service_name_en="Payroll", service_name_fr="Paye",
                        external_internal="IN", service_type="FIN", special_designations="1",
                        client_target_groups="IG", harmonized_service_id="tc-02",
                        owner_org_title="Transport Canada | Transports Canada"),
    ]


def fichier_2016_2018(dossier: Path, lignes=None, nom: str = "services_2016_2018.csv") -> Path:
    return ecrire(dossier / nom, texte_csv(COLONNES_2016_2018, lignes or lignes_2016_2018()))


def ligne_norme_2017_2018(**valeurs) -> dict[str, str]:
    """Une norme 2017-2018, résultats trimestriels (24 colonnes)."""
    ligne = {c: "" for c in COLONNES_NORMES_2017_2018}
    ligne.update(
        owner_org="aafc-aac", fiscal_yr="2017-2018", service_id="1", service_std_id="1",
        service_std_en="Acknowledge applications within 1 business day",
        service_std_fr="Accuser réception des demandes en 1 jour ouvrable",
        service_std_url_en="http://www.agr.gc.ca/std", service_std_url_fr="http://www.agr.gc.ca/norme",
        service_std_type="TML", service_std_target="0.80", gcss_tool_fiscal_yr="2016-2017",
        realtime_result_url_en="http://www.agr.gc.ca/rt", realtime_result_url_fr="http://www.agr.gc.ca/tr",
        q1_performance_result="60", q1_business_volume="64", q2_performance_result="70",
        q2_business_volume="70", q3_performance_result="50", q3_business_volume="60",
        q4_performance_result="ND", q4_business_volume="ND", harmonized_service_id="aafc-aac-01",
        owner_org_title="Agriculture and Agri-Food Canada | Agriculture et Agroalimentaire Canada",
        performance="0.93194",
    )
    ligne.update(valeurs)
    return ligne


def fichier_normes_2017_2018(dossier: Path, lignes=None, nom: str = "normes_2017_2018.csv") -> Path:
    lignes = lignes or [
        ligne_norme_2017_2018(),
        ligne_norme_2017_2018(owner_org="tc", service_std_id="1", service_std_type="ACS",
                              service_std_target="90", harmonized_service_id="tc-01",
                              q1_performance_result="900", q1_business_volume="1000",
                              q2_performance_result="", q2_business_volume="", q3_performance_result="",
                              q3_business_volume="", q4_performance_result="", q4_business_volume="",
                              performance="0.90000", owner_org_title="Transport Canada | Transports Canada"),
    ]
    return ecrire(dossier / nom, texte_csv(COLONNES_NORMES_2017_2018, lignes))


def ligne_norme_2017_2020(**valeurs) -> dict[str, str]:
    """Une norme 2017-2020 (25 colonnes), cible et rendement en pourcentage."""
    ligne = {c: "" for c in COLONNES_NORMES_2017_2020}
    ligne.update(
        fiscal_yr="2018-2019", service_id="135", service_name_en="Farm Debt Mediation Service",
        service_name_fr="Service de médiation en matière d'endettement agricole", service_std_id="2094",
        service_std_en="Notify you by the end of next business day",
        service_std_fr="Vous aviser d'ici la fin du jour ouvrable suivant",
        service_std_url_en="http://www.agr.gc.ca/std", service_std_url_fr="http://www.agr.gc.ca/norme",
        service_std_type="time", target_type="percentage", service_std_target="80",
        volume_meeting_target="198", total_volume="204", performance="97.05882352941177",
        gcss_tool_fiscal_yr="2017-2018", channel="onl", standard_channel_comment_en="Online form",
        standard_channel_comment_fr="Formulaire en ligne", standard_comment_en="Measured monthly.",
        standard_comment_fr="Mesuré chaque mois.", realtime_result_url_en="http://www.agr.gc.ca/rt",
        realtime_result_url_fr="http://www.agr.gc.ca/tr", department_name_en="Agriculture and Agri-Food Canada",
        department_name_fr="Agriculture et Agroalimentaire Canada",
    )
    ligne.update(valeurs)
    return ligne


def fichier_normes_2017_2020(dossier: Path, lignes=None, nom: str = "normes_2017_2020.csv") -> Path:
    lignes = lignes or [
        ligne_norme_2017_2020(),
        ligne_norme_2017_2020(service_std_id="572", service_std_type="acces", channel="NA",
                              target_type="other_type", service_std_target="ND", volume_meeting_target="ND",
                              total_volume="ND", performance="ND", standard_comment_en="", standard_comment_fr=""),
    ]
    return ecrire(dossier / nom, texte_csv(COLONNES_NORMES_2017_2020, lignes))
