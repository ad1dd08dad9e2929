"""Blind held-out split 62: telemedicine, patient messaging and voice dictation.

Written blind (without looking at the detector, its tests or other splits). Doctor-patient and doctor-doctor
teleconsultation protocols (ТМК), messenger exports (WhatsApp, Telegram JSON, Viber) with timestamps and nicknames,
portal chats with the registry, chat-bot and voice-robot dialogues, call-centre transcripts, SMS gateway and push logs,
patients' e-mails and forwarded chains, portal profile pages, speech-recognised dictation (no punctuation, numbers
said in words, spoken commands kept), and HL7/XML/CSV/fixed-width/key=value exports of the TMK services.

Marking rules:

* PERSON: every real name of a person (patients, relatives, doctors, operators) in any case, shape and letter case,
  a first name alone included; separate XML/HL7 name parts are separate spans. Chat nicknames and handles that hold
  no name («Солнышко», «user4821», «Kotik_12») and the org names of senders are not marked.
* DATE_TIME: dates that concern a person: birth, visits, consultations, admissions, discharges, onset of symptoms,
  sick-leave openings, and the timestamps of a person's messages, calls, SMS, pushes and TMK sessions (with their
  time and weekday when written next to them). Spoken dates are marked as said («тридцать первого марта две тысячи
  ... года»). Report/export dates of a whole list are not marked.
* LOCATION: persons' home/registration/current addresses, places of stay during a consultation, settlements, the
  city a videocall came from (HL7 address components, postcode included, are separate spans); clinic addresses are
  not marked.
* PHONE_NUMBER / EMAIL_ADDRESS: persons' numbers and addresses, digits or dictated in words («собака», «точка»);
  the clinic's, call-centre's and organisations' phones and mailboxes are not marked.
* URL: links that point at one patient (personal TMK room, result/record pages with a patient id, a person's
  VK/Telegram page); the clinic's general site is not marked.
* RU_SNILS, RU_INN (persons' 12-digit), RU_PASSPORT (series + number only, with «№» when written between them; a
  foreign-travel passport too), RU_OMS_POLICY (16-digit ЕНП, Luhn-valid, or an old series + number), digits or said
  in words.
* MEDICAL_RECORD_NUMBER: numbers that point at one person's record: EMK/MIS/portal patient ids, outpatient cards,
  case histories, TMK requests and protocols, call-centre and chat request numbers of one patient's appeal, home-visit
  calls, lab samples, sick leaves (ЭЛН), prescriptions and referrals. Session ids, message ids, SMS gateway ids, HL7
  message control ids and clinic/organisation numbers are NOT marked.

``python -m benchmarks.pii_families_blind62 N`` prints N samples per family with the gold spans marked and the
per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import sys
from collections import Counter

from benchmarks import (
    pii_blind62_chat,
    pii_blind62_mail,
    pii_blind62_more,
    pii_blind62_single,
    pii_blind62_voice,
)
from benchmarks.pii_families import BlockFamily, Family
from benchmarks.pii_split_samples import print_samples

BLIND62_FAMILIES: list[Family] = list(pii_blind62_single.FAMILIES)
BLIND62_BLOCKS: list[BlockFamily] = (list(pii_blind62_chat.BLOCKS) + list(pii_blind62_mail.BLOCKS)
                                    + list(pii_blind62_voice.BLOCKS) + list(pii_blind62_more.BLOCKS))


def main(per_family: int = 2, seed: int = 62) -> Counter[str]:
    return print_samples(BLIND62_FAMILIES, BLIND62_BLOCKS, per_family, seed)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
