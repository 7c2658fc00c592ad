"""Des fichiers des données ouvertes comme les ministères les publient, pour les tests de
l'import : chaque format, avec les bizarreries relevées dans ../shared/donnees/README.md."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from gesserv_bureau.referentiel.donnees_ouvertes import COLONNES_2016, COLONNES_2016_37, COLONNES_ACTUELLES, COLONNES_NORMES


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
