"""About sixty realistic, made-up community services for demo workspaces and screenshots."""

from __future__ import annotations

import random
from datetime import date, timedelta

from linkdesk.directory.normalise import clock_time, schedule_sentence
from linkdesk.domain.enums import ServiceSource
from linkdesk.domain.models import Service

# category -> (name, organisation, what happens)
_KINDS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "befriending": (
        ("Telephone Friends", "Age Well {area}", "A weekly friendly phone call from a volunteer."),
        ("Good Neighbours", "{area} Good Neighbours", "Volunteers visit people who live alone."),
        ("Tea and Company", "Contact the Elderly", "A monthly Sunday tea party in a host's home."),
        ("Friendship Line", "Silver Line", "A free phone line for a chat, day or night."),
        (
            "Home Visiting Befriending",
            "{area} Carers Trust",
            "Regular visits for housebound people.",
        ),
        (
            "Men's Shed",
            "{area} Men's Shed",
            "Woodwork, tea and company for anyone who enjoys making.",
        ),
    ),
    "walking groups": (
        (
            "Walking for Health",
            "{area} Active",
            "Short, friendly walks led by trained walk leaders.",
        ),
        ("Nordic Walking Taster", "{area} Leisure", "Walking with poles: equipment provided."),
        ("Buggy Walks", "{area} Family Hub", "Walks for parents and carers with prams."),
        ("Heritage Walks", "{area} Civic Trust", "Gentle walks about local history."),
        ("Canal Towpath Strollers", "Canal and River Trust", "Level walks along the canal."),
        ("Parkrun Walkers", "parkrun {area}", "Walk the 5k at your own pace on Saturday mornings."),
    ),
    "debt and benefits advice": (
        ("Money Advice Drop-in", "Citizens Advice {area}", "Help with debts, bills and benefits."),
        ("Benefits Check", "{area} Welfare Rights", "Find out which benefits you can claim."),
        (
            "Energy Bill Help",
            "{area} Energy Champions",
            "Help with fuel debt and warm home grants.",
        ),
        ("Credit Union", "{area} Credit Union", "Savings and fair loans for local people."),
        ("Debt Counselling", "StepChange", "Free debt advice by phone and online."),
        ("Pension Credit Help", "Age UK {area}", "Help older people claim pension credit."),
    ),
    "food": (
        ("Food Bank", "{area} Trussell Food Bank", "Emergency food parcels with a voucher."),
        ("Community Pantry", "{area} Pantry", "Weekly shop for a small membership fee."),
        ("Lunch Club", "{area} Methodist Church", "A hot two-course lunch and company."),
        ("Community Fridge", "{area} Hub", "Free surplus food, no questions asked."),
        ("Cook and Eat", "{area} Health Trainers", "Learn to cook simple, cheap meals."),
        ("Breakfast Club", "St Luke's {area}", "Free breakfast and a warm space."),
    ),
    "arts and crafts": (
        ("Knit and Natter", "{area} Library", "Bring your knitting or learn from others."),
        ("Arts on Prescription", "{area} Arts", "Ten-week creative course for wellbeing."),
        ("Community Choir", "{area} Sings", "No auditions and no need to read music."),
        ("Pottery Group", "{area} Clay Studio", "Hand-building and wheel work for beginners."),
        (
            "Creative Writing Circle",
            "{area} Writers",
            "Share stories and poems in a friendly group.",
        ),
        (
            "Photography Walks",
            "{area} Camera Club",
            "Take photos on a gentle walk; phones welcome.",
        ),
    ),
    "carers support": (
        ("Carers Cafe", "Carers {area}", "A relaxed cafe for unpaid carers."),
        ("Young Carers Club", "Carers {area}", "Activities and support for carers aged 8 to 18."),
        ("Carers Assessment Help", "{area} Council", "Help to ask for a carer's assessment."),
        (
            "Dementia Carers Group",
            "Alzheimer's Society",
            "Peer support for people caring for someone.",
        ),
        ("Respite Sitting Service", "Crossroads Care", "A trained sitter so you can take a break."),
        ("Carers Yoga", "Carers {area}", "Gentle chair yoga for carers."),
    ),
    "mental wellbeing": (
        ("Talking Therapies Self-referral", "NHS Talking Therapies", "Therapy for low mood."),
        ("Recovery College", "{area} Mind", "Free courses about mental health and wellbeing."),
        ("Mindfulness Course", "{area} Wellbeing Service", "Eight weeks of mindfulness practice."),
        ("Peer Support Group", "{area} Mind", "Meet others with lived experience."),
        ("Men's Mental Health Walk", "Andy's Man Club", "It's okay to talk: walks and talks."),
        ("Crisis Cafe", "{area} Safe Space", "An evening drop-in when things feel too much."),
    ),
    "employment": (
        ("Job Club", "{area} Jobcentre Partnership", "Help with CVs, applications and interviews."),
        ("Work and Health Coach", "Remploy", "Support into work for people with health issues."),
        ("Volunteering Hub", "Voluntary Action {area}", "Find a volunteering role that suits you."),
        ("Skills for Work", "{area} Adult Learning", "Short courses in English, maths and IT."),
        ("Back to Work 50+", "Age UK {area}", "Employment support for people over fifty."),
        ("Enterprise Drop-in", "{area} Business Hub", "Advice on starting your own business."),
    ),
    "digital skills": (
        ("Digital Drop-in", "{area} Library", "Help with phones, tablets and computers."),
        ("Get Online Week", "Good Things Foundation", "Learn to shop, bank and chat online."),
        ("Tablet Lending", "{area} Digital Inclusion", "Borrow a tablet with free data."),
        ("NHS App Help", "{area} Digital Champions", "Set up the NHS App and order prescriptions."),
        ("Silver Surfers", "Age UK {area}", "Relaxed computer sessions for older people."),
        ("Scam Awareness Session", "{area} Police Volunteers", "Stay safe from scams online."),
    ),
    "housing": (
        ("Housing Options", "{area} Council", "Advice if you are at risk of homelessness."),
        ("Tenancy Support", "{area} Housing Trust", "Help to keep your home and manage bills."),
        ("Handy Person Service", "Care and Repair {area}", "Small repairs and adaptations."),
        ("Warm Homes Advice", "{area} Energy Advice", "Insulation grants and heating help."),
        ("Shelter Advice Line", "Shelter", "Free expert housing advice."),
        ("Private Renters Clinic", "{area} Law Centre", "Legal help for renters."),
    ),
}
_AREAS = ("Armley", "Chapeltown", "Headingley", "Harehills", "Bramley", "Seacroft", "Otley")
_STREETS = (
    "High Street",
    "Church Lane",
    "Market Place",
    "Station Road",
    "Park Avenue",
    "Mill Lane",
)
_ACCESS = (
    "Step-free entrance and accessible toilet",
    "Wheelchair access by the side door; hearing loop",
    "Upstairs room, no lift",
    "Level access throughout",
    "",
)


_WHO = ("Adults 18 and over", "Anyone", "Leeds residents", "People aged 50 and over")


def demo_services(seed: int = 1, today: date | None = None) -> list[Service]:
    """Deterministic for a seed: about sixty services across ten kinds of support."""
    rng = random.Random(seed)
    today = today or date.today()
    services = []
    for category, kinds in _KINDS.items():
        for number, (name, org, what) in enumerate(kinds):
            area = rng.choice(_AREAS)
            org = org.format(area=area)
            domain = "".join(c for c in org.split()[0].lower() if c.isalnum())
            days = sorted(rng.sample(range(6), rng.choice((1, 1, 2))))
            hour = rng.choice((9, 10, 13, 14, 18))
            free = rng.random() < 0.7 or "free" in what.lower()
            lat = 53.80 + rng.uniform(-0.06, 0.06)
            lon = -1.55 + rng.uniform(-0.1, 0.1)
            services.append(
                Service(
                    name=f"{area} {name}" if area not in org and number % 2 else name,
                    organisation=org,
                    description=f"{what} Everyone is welcome; come along or ring first.",
                    categories=[category] + (["social groups"] if rng.random() < 0.3 else []),
                    address=f"{rng.randint(1, 120)} {rng.choice(_STREETS)}, {area}, Leeds",
                    postcode=f"LS{rng.randint(1, 28)} {rng.randint(1, 9)}{rng.choice('ABDEHJ')}"
                    f"{rng.choice('LNPQRT')}",
                    area=area,
                    latitude=round(lat, 5),
                    longitude=round(lon, 5),
                    phone=f"0113 496 {rng.randint(0, 9999):04d}",
                    email=f"hello@{domain}.example.org",
                    website=f"https://www.{domain}.example.org",
                    schedule=schedule_sentence(
                        days, clock_time(f"{hour}:00"), clock_time(f"{hour + 2}:00")
                    ),
                    days=days,
                    cost="Free" if free else f"£{rng.choice((2, 3, 5))} a session",
                    is_free=free,
                    eligibility=rng.choice(_WHO),
                    accessibility=rng.choice(_ACCESS),
                    how_to_get_there=f"Bus {rng.randint(1, 99)} to {area} centre, then walk",
                    source=ServiceSource.DEMO,
                    source_id=f"demo-{category.split()[0]}-{number}",
                    last_checked_on=today - timedelta(days=rng.randint(3, 400)),
                )
            )
    return services
