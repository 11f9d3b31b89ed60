import json, re, textwrap
OUT='/work/heldout2/proposals/'
def norm(s): return re.sub(r'\s+',' ',s).strip()
def quote(text, o, c, brk_line=None, brk='', indent='     '):
    lines = textwrap.wrap(o+norm(text)+c, 64)
    if brk_line is not None:
        lines = lines[:brk_line] + [brk.rstrip('\n')] + lines[brk_line:]
        return '\n'.join((indent+l if (i<brk_line or i>brk_line) else l) for i,l in enumerate(lines))
    return '\n'.join(indent+l for l in lines)
def emit(n, body, props):
    for p in props:
        if p['consensus_language'] is not None: p['consensus_language']=norm(p['consensus_language'])
    open(OUT+f'msg-{n}.txt','w').write(body)
    json.dump(props, open(OUT+f'msg-{n}.expected.json','w'), indent=2, ensure_ascii=False)
    # check: every consensus text appears in body once headers removed
    for p in props:
        cl=p['consensus_language']
        if cl: 
            words=cl.split(); assert words[0] in body and words[-1].rstrip('.') in body, (n,cl[:30])

# ---------------- msg-1: US cable
c1a = ("Partners agreed to task the Information Exchange and Technical Experts Meeting co-chairs "
       "[to establish] [to consider establishing] a standing working group on risk technologies, which "
       "will review Information Exchange papers of the preceding three years, identify technologies and "
       "procurement patterns not adequately covered by the Annex, and report its findings with "
       "recommended priorities to the next Plenary.")
c1b = ("Partners reaffirmed the importance of national catch-all controls and agreed to exchange, on a "
       "voluntary basis, information on catch-all denials of non-listed items, noting that such denials "
       "do not engage the no-undercut commitment.")
c1c = ("Partners welcomed the Technical Outreach Meeting held in the margins of the Plenary and agreed "
       "that the Chair should invite [all] countries with pending membership applications to the next "
       "Round Table on risk assessment in licensing.")
pb1 = ("\f\nCONFIDENTIAL\n\nPAGE 02        STATE   012345  121530Z\n")
pb1b = ("\f\nCONFIDENTIAL\n\nPAGE 03        STATE   012345  121530Z\n")
body1 = f"""CONFIDENTIAL

PAGE 01        STATE   012345  121530Z

R 121530Z SEP 09
FM SECSTATE WASHDC
TO MTCR POC PARIS
INFO MTCR COLLECTIVE
AMEMBASSY PARIS

C O N F I D E N T I A L STATE 012345

E.O. 12958: DECL: 10/31/2035
TAGS: PARM, MTCRE, ETTC, KNNP, PREL
SUBJECT: MTCR: U.S. PROPOSALS FOR THE 2009 RIO PLENARY

REF: A. STATE 009876  B. PARIS 004411

Classified By: ISN/MTR Director A. Fennimore, Reason 1.4 (B), (D)

1. (U) This is an action request. The Point of Contact is requested
to circulate the proposals in paragraphs 3 through 8 to all Partners
ahead of the Plenary. Washington would welcome Partner feedback
through the POC no later than October 15.

2. (C//NOFORN) Washington assesses that at least two Partners will
resist any new standing body; posts should not share this assessment.

3. (C/REL MTCR) UNITED STATES PROPOSAL ON RISK TECHNOLOGIES:

4. (C/REL MTCR) Background: Information Exchange papers over the past
several years describe proliferator efforts to acquire items just
below Annex control thresholds, notably small turbojet engines,
gyroscopes and composite production equipment. No Regime body is
currently charged with checking systematically whether the
technologies described in IE papers are covered by the Annex.

5. (C/REL MTCR) Proposed consensus language:

{quote(c1a, '"', '"', 3, pb1)}

6. (C) U.S. PROPOSAL TO STRENGTHEN CATCH-ALL INFORMATION SHARING:

7. (C) Rationale: Several Partners already notify catch-all denials
voluntarily. A common undertaking would help licensing officers
identify attempts to procure non-listed items for missile programs.

PROPOSED CONSENSUS LANGUAGE:

{quote(c1b, '"', '"')}

8. (SBU) U.S. PROPOSAL ON OUTREACH TO PROSPECTIVE PARTNERS:

(SBU) The United States believes that the alternation of Technical
Outreach Meetings and Round Tables has served the Regime well, and
proposes that invitations be extended more widely.

Proposed Consensus Language:

{quote(c1c, '"', '"', 2, pb1b)}

9. (U) Minimize considered.
CLINTON

CONFIDENTIAL
"""
emit(1, body1, [
 {"sponsor":"US","subject":"Risk technologies","marking":{"classification":"CONFIDENTIAL","releasability":"REL MTCR"},"consensus_language":c1a},
 {"sponsor":"US","subject":"Strengthening catch-all information sharing","marking":{"classification":"CONFIDENTIAL","releasability":None},"consensus_language":c1b},
 {"sponsor":"US","subject":"Outreach to prospective Partners","marking":{"classification":"UNCLASSIFIED","releasability":None},"consensus_language":c1c},
])

# ---------------- msg-2: German ministry e-mail (sponsor only in header/signature)
c2a = ("Partners agreed that effective controls on brokering activities are an important complement to "
       "export controls, and encouraged Partners that have not yet done so [to introduce] [to consider "
       "introducing] national measures to control the brokering of items listed in the Annex.")
c2b = ("Partners noted the growing use of transit and transshipment hubs in procurement attempts and "
       "agreed to share, through the Point of Contact, best practices on the control of items in "
       "transit, including cooperation between licensing and customs authorities.")
pb2 = ("\f\nVS - NUR FÜR DEN DIENSTGEBRAUCH / RESTRICTED\n"
       "Seite 2 von 3 / Page 2 of 3\n")
body2 = f"""VS - NUR FÜR DEN DIENSTGEBRAUCH / RESTRICTED

FROM:    Auswärtiges Amt, Berlin - Referat 243 (Exportkontrolle)
TO:      MTCR Point of Contact, Paris
CC:      MTCR Partners (via ePOC)
DATE:    28 August 2013
SUBJECT: Proposals for the Plenary Meeting, Rome, October 2013

Dear colleagues,

(U) Please find below two proposals which we intend to table at the
forthcoming Plenary. We would be grateful for any comments from
Partners before 20 September, so that we can take them into account
in a revised version.

Proposal 1: Controls on brokering activities

(R/REL MTCR) Several Information Exchange papers presented in 2011
and 2012 described intermediaries arranging transfers of Annex items
between third countries without the goods ever touching the
territory of the broker's state. Not all Partners have a legal basis
to control such activities.

Proposed Consensus Language:

{quote(c2a, '“', '”', 2, pb2)}

Proposal 2: Transit and transshipment

(R/REL MTCR) Procurement networks increasingly route consignments via
free-trade zones. Experience shows that early cooperation between
licensing officers and customs is the decisive factor in successful
interdictions.

Proposed consensus text:

{quote(c2b, '“', '”')}

Mit freundlichen Grüßen / Kind regards

Dr. Henrike Vollmar
Referat 243, Auswärtiges Amt
Werderscher Markt 1, 10117 Berlin

VS - NUR FÜR DEN DIENSTGEBRAUCH / RESTRICTED
Seite 3 von 3 / Page 3 of 3
"""
emit(2, body2, [
 {"sponsor":"DE","subject":"Controls on brokering activities","marking":{"classification":"RESTRICTED","releasability":"REL MTCR"},"consensus_language":c2a},
 {"sponsor":"DE","subject":"Transit and transshipment","marking":{"classification":"RESTRICTED","releasability":"REL MTCR"},"consensus_language":c2b},
])

# ---------------- msg-3: MOFA Tokyo (sponsor named in each heading), heading split across page break, discussion paper
c3a = ("Partners agreed to ask the Technical Experts Meeting to examine whether the Annex "
       "adequately covers unmanned aerial vehicles with a range below 300 km that are capable of "
       "autonomous flight and of carrying aerosol dispensing systems, and to report to the next Plenary.")
c3b = ('Partners recognised that intangible transfers of technology, including by electronic means and '
       'through visiting researchers, present a growing risk, and agreed to hold a Round Table on '
       'the control of intangible technology transfers [in 2012] [at an early date].')
pb3 = ("\f\nCONFIDENTIAL // REL MTCR\n- 2 -\n")
body3 = f"""CONFIDENTIAL // REL MTCR

FROM: Non-Proliferation, Science and Nuclear Energy Division,
      Disarmament, Non-Proliferation and Science Department,
      MOFA Tokyo
TO:   Point of Contact, Missile Technology Control Regime (Paris)
DATE: 14 September 2011
SUBJECT: Japanese proposals and discussion paper for the Buenos Aires
         Plenary

1. (U) The Government of Japan presents its compliments to the Point
of Contact and has the honour to transmit the following two
proposals and one discussion paper. Partners' views are welcomed in
advance of the Plenary, preferably by 10 October 2011.

2. (C/REL MTCR) PROPOSAL BY JAPAN ON CONTROLS ON UNMANNED AERIAL
VEHICLES:

(a) (C/REL MTCR) Background. Japan has observed procurement attempts
for small unmanned aircraft with programmable autopilots and
crop-spraying tanks, which remain below the range threshold of Item
19.A.2.

(b) (C/REL MTCR) Proposed Consensus Language:

{quote(c3a, "'", "'")}

3. (C/REL MTCR) PROPOSAL BY JAPAN ON INTANGIBLE TECHNOLOGY
\f
CONFIDENTIAL // REL MTCR
- 2 -

TRANSFERS (ITT):

(a) (C/REL MTCR) Background. Licensing officers in several Partners
have reported difficulty in identifying transfers of technology by
e-mail, cloud storage and academic exchange.

(b) (C/REL MTCR) Proposed consensus language:

{quote(c3b, "'", "'")}

4. (C) DISCUSSION PAPER BY JAPAN ON INFORMATION SHARING ON DENIALS:

(a) (C) Japan invites Partners to consider whether denial
notifications could carry structured fields for freight forwarders
and intermediate consignees, and whether the three-year review of
denials might be recorded in the ePOC. Japan does not propose
consensus language at this stage and would welcome an exchange of
views at the Plenary.

CONFIDENTIAL // REL MTCR
- 3 -
"""
emit(3, body3, [
 {"sponsor":"JP","subject":"Controls on unmanned aerial vehicles","marking":{"classification":"CONFIDENTIAL","releasability":"REL MTCR"},"consensus_language":c3a},
 {"sponsor":"JP","subject":"Intangible technology transfers (ITT)","marking":{"classification":"CONFIDENTIAL","releasability":"REL MTCR"},"consensus_language":c3b},
 {"sponsor":"JP","subject":"Information sharing on denials","marking":{"classification":"CONFIDENTIAL","releasability":None},"consensus_language":None},
])

# ---------------- msg-4: Global Affairs Canada (sponsor in signature only), lettered headings
c4a = ("Partners welcomed the second edition of the list of entities of concern compiled by the "
       "Information Exchange co-chairs, recalled that it is not a black list but a tool to facilitate "
       "Partners' national licensing, enforcement and interdiction efforts, and agreed that it be "
       "updated [annually] [every two years].")
c4b = ("Partners agreed to amend Item 9.A.4 of the Annex so that the control parameter refers to "
       "[bias stability] [rated drift rate stability], and tasked the Technical Experts Meeting to "
       "prepare the corresponding text.")
c4c = ("Partners agreed that outreach talking points for the Chair's visits to non-Partners should be "
       "circulated to all Partners at least four weeks before each visit.")
pb4 = ("\fUNCLASSIFIED // FOR OFFICIAL USE - Page 2 of 3 / Page 2 de 3\n"
       "CONFIDENTIAL // REL MTCR\n")
body4 = f"""UNCLASSIFIED // FOR OFFICIAL USE - Page 1 of 3 / Page 1 de 3

FROM:     Global Affairs Canada, Ottawa (Export Controls Policy Division)
TO:       MTCR POC
DATE:     2 September 2019
SUBJECT:  Items for the Plenary agenda - request for comments

1. (U) Colleagues: in preparation for the Plenary, Ottawa submits the
three proposals below and asks Partners for feedback through the POC.
We are ready to hold informal consultations in Vienna.

A. PROPOSAL ON THE LIST OF ENTITIES OF CONCERN

2. (C/REL MTCR) The second edition of the list has proved useful to
our licensing officers and border services. We believe the value of
the list depends on how recent its entries are.

3. (C/REL MTCR) PROPOSED CONSENSUS LANGUAGE:

{quote(c4a, "'", "'", 2, pb4)}

B. PROPOSAL ON AN AMENDMENT TO ANNEX ITEM 9.A.4 (GYROSCOPES)

4. (C/REL MTCR) Manufacturers' data sheets use inconsistent terms for
gyro performance. The TEM has discussed the matter twice without
conclusion.

Proposed consensus language:
{quote(c4b, "'", "'")}

C. PROPOSAL ON OUTREACH TALKING POINTS

5. (U) This proposal is procedural.

Proposed consensus language:
{quote(c4c, "'", "'")}

Sincerely,

J. Thibodeau-Marsh
Director, Export Controls Policy Division
Global Affairs Canada / Affaires mondiales Canada

UNCLASSIFIED // FOR OFFICIAL USE - Page 3 of 3 / Page 3 de 3
"""
# heading-paragraph marks: A is a bare heading; its first paragraph mark (C/REL MTCR) governs
emit(4, body4, [
 {"sponsor":"CA","subject":"List of entities of concern","marking":{"classification":"CONFIDENTIAL","releasability":"REL MTCR"},"consensus_language":c4a},
 {"sponsor":"CA","subject":"Amendment to Annex Item 9.A.4 (gyroscopes)","marking":{"classification":"CONFIDENTIAL","releasability":"REL MTCR"},"consensus_language":c4b},
 {"sponsor":"CA","subject":"Outreach talking points","marking":{"classification":"UNCLASSIFIED","releasability":None},"consensus_language":c4c},
])

# ---------------- msg-5: UK FCDO e-mail, mixed marks incl. REL USA, GBR
c5a = ("Partners agreed to amend Item 3.A.1 of the Annex to clarify the treatment of engines certified "
       "for civil use, on the basis of the text contained in the Technical Experts Meeting report.")
c5b = ("Partners agreed to make greater use of the electronic Point of Contact to circulate denial "
       "notifications promptly, and to include in each notification, where available, the identity "
       "of freight forwarders and intermediate consignees.")
c5c = ("Partners agreed to exchange information on national approaches to the control of technology "
       "transfers through academic and research collaboration.")
pb5 = ("\f\nPage 2 of 3\nOFFICIAL-SENSITIVE / CONFIDENTIAL - REL MTCR\n\n")
body5 = f"""CONFIDENTIAL - REL MTCR

FROM:    Counter-Proliferation and Arms Control Centre, King Charles Street, London
TO:      MTCR Point of Contact
CC:      Washington (State ISN/MTR)
DATE:    11/09/2022
SUBJECT: UK papers for the Plenary

1. (U) We attach three short proposals from London. Comments
from Partners would be welcome, in particular on the second item,
ahead of the Plenary.

2. (C/REL MTCR) United Kingdom proposal on an amendment to Annex
Item 3.A.1 (turbojet and turbofan engines).

3. (C/REL MTCR) The current wording leaves room for differing
national interpretations of the civil-certification exclusion.

4. (C/REL MTCR) Proposed consensus language: '{norm(c5a)}'

5. (R) United Kingdom proposal on information sharing on denials.

6. (R) Denial notifications frequently reach Partners weeks after the
decision, and many omit the freight forwarder.

Proposed consensus language:

{quote(c5b, '‘', '’', 1, pb5)}

7. (C/REL USA, GBR) UK proposal on academic and research
collaboration (ITT).

8. (C/REL USA, GBR) London and Washington have consulted bilaterally
and intend to widen discussion at the Plenary.

Proposed Consensus Language:

{quote(c5c, '"', '"')}

CONFIDENTIAL - REL MTCR
Page 3 of 3
"""
emit(5, body5, [
 {"sponsor":"GB","subject":"Amendment to Annex Item 3.A.1 (turbojet and turbofan engines)","marking":{"classification":"CONFIDENTIAL","releasability":"REL MTCR"},"consensus_language":c5a},
 {"sponsor":"GB","subject":"Information sharing on denials","marking":{"classification":"RESTRICTED","releasability":None},"consensus_language":c5b},
 {"sponsor":"GB","subject":"Academic and research collaboration (ITT)","marking":{"classification":"CONFIDENTIAL","releasability":"REL USA, GBR"},"consensus_language":c5c},
])
print('ok')
