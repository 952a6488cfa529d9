"""Part 7: a second "author". Terse clinicians, rambling clients, ASR-style transcripts
(lowercase, no punctuation, fillers), numerals in every spelling, med lists read back,
psychiatrist referrals, chart-fact diagnoses, rule-outs, C-SSRS-style screening and
interventions done without being named."""
from common import D, M, R, meta

SESSIONS = [
{"id": "s37", "meta": meta("2026-05-04", "telehealth", "SOAP", "individual"),
 "gold": {"medications": [M("escitalopram", "10 mg", "current"), M("trazodone", "50 mg", "current")],
          "diagnoses": [D("F41.1", "generalized anxiety disorder")],
          "risk": R("d", "n", "d"),
          "interventions": ["cognitive restructuring", "relaxation training"],
          "homework": ["practise box breathing twice a day, morning and in bed",
                       "write down the evidence for and against when the im next thought shows up"],
          "next_appointment": "same time next week",
          "metaphors": ["my head is a washing machine"],
          "phi_terms": ["dana", "brightwater credit union", "marcus", "duluth"]},
 "script": """
C: hi dana can you hear me okay
P: yeah um yeah i can hear you sorry my wifi is being weird today
C: no problem how has the week been
P: honestly um not great my head is a washing machine like it just goes round and round all night
C: round and round about what
P: work mostly um theres layoffs coming at brightwater credit union and i keep thinking im next
C: okay before we get into that let me check the meds so youre on lexapro 10 and trazodone 50 at night
P: yes
C: any changes any side effects
P: no same as always the trazodone makes me kind of groggy in the morning but its fine
C: okay and all this is still in the context of your diagnosis of generalized anxiety disorder so the worry loop is kind of what we expect
P: yeah i know i know
C: i want to do the safety questions i ask every month in the past month have you wished you were dead or wished you could go to sleep and not wake up
P: no
C: have you had any actual thoughts of killing yourself
P: no never
C: and anything like hurting yourself on purpose
P: um no nothing like that
C: okay thank you so the thought is im next to get laid off what evidence do you have for that thought
P: um marcus didnt invite me to the planning meeting on tuesday
C: okay and what evidence do you have against it
P: i guess i got a good review last fall and they just gave me the duluth accounts
C: so when you put those side by side whats a more balanced way to say it
P: that i dont actually know and theres stuff that says im doing fine
C: that sounds more accurate now for the nights when the washing machine starts i want to teach you box breathing you breathe in for four hold for four out for four hold for four lets do it together
P: okay
C: in two three four hold two three four out two three four hold two three four and again
P: okay that actually um slowed me down a bit
C: good so for homework practise box breathing twice a day once in the morning and once in bed and when the im next thought shows up write down the evidence for and against
P: okay i can do that
C: same time next week
P: yes same time next week thanks
"""},

{"id": "s38", "meta": meta("2026-05-05", "in-person", "DAP", "individual"),
 "gold": {"medications": [M("bupropion", "300 mg", "changed"), M("sertraline", None, "stopped"),
                          M("fluoxetine", "20 mg", "started")],
          "diagnoses": [D("F33.1", "major depressive disorder, recurrent, moderate")],
          "risk": R("e", "n", "d"),
          "interventions": ["safety planning", "values clarification"],
          "homework": ["keep the safety plan on your phone", "text Aunt Rosa once this week"],
          "next_appointment": "Monday the 1st at 10 am",
          "metaphors": ["like a phone stuck at two percent", "the days just blur together like wet paint"],
          "phi_terms": ["Okafor", "Rosa", "Tulsa", "Hargrove Insurance", "the 1st", "10 am"]},
 "script": """
C: Come on in. How have things been since we last met?
P: Oh, you know, up and down, mostly down, I don't even know where to start, I saw Dr. Okafor on Thursday, which took forever because the parking at that place is a nightmare, and we did a bunch of med stuff.
C: Tell me about the med stuff.
P: So she bumped up my Wellbutrin to 300, and she switched me from Zoloft to Prozac because the Zoloft was making me feel flat, like nothing. So no more Zoloft as of last week.
C: And the Prozac, what dose is she starting you on?
P: Twenty milligrams in the morning. I've been on it like five days.
C: How's that going so far?
P: Hard to say. I'm tired all the time, I feel like a phone stuck at two percent. And the days just blur together like wet paint.
C: I'm looking at your chart, and we've had you down as F33.1, recurrent major depression, moderate. Does that still fit for you?
P: Yeah, I mean, this is like the fourth time it's come back. Dr. Okafor said she ruled out bipolar, which, okay, good.
C: You said mostly down. I want to ask directly. Have you been having any thoughts about death or suicide?
P: Honestly, sometimes I think everyone would be better off without me. My sister, my kids. I'd just be one less thing for them.
C: Thank you for telling me that. How often does that thought come?
P: A few nights a week, when I'm lying there.
C: Have you thought about how you might end your life?
P: No. No plan. I wouldn't, because of the kids. It's more like a feeling.
C: Have you done anything to hurt yourself?
P: No.
C: Okay. I'd like us to write down a plan together for the nights when that thought shows up. What's the first sign it's coming?
P: I stop answering texts. I just lie in the dark.
C: And what could you do at that point, even something small?
P: Put on a podcast. Sit with the kids on the couch.
C: Who could you reach out to?
P: Aunt Rosa, in Tulsa. She always picks up.
C: Good. And if it gets worse, you can call or text 988, or go to the emergency room. Let's put all of this in your phone.
P: Okay.
C: You mentioned the kids a few times. When you picture the kind of mom you want to be, what matters most?
P: Being there. Not being perfect, just being there. Like showing up to their games even when I'm wiped from Hargrove Insurance.
C: That's a strong value. So this week: keep the safety plan on your phone, and text Aunt Rosa once, just to connect.
P: I can do that.
C: Let's meet Monday the 1st at 10 am.
P: Monday the 1st at 10 am. Got it.
"""},

{"id": "s39", "meta": meta("2026-05-06", "telehealth", "BIRP", "couples"),
 "gold": {"medications": [M("sertraline", "100 mg", "changed")],
          "diagnoses": [D("F41.0", "panic disorder")],
          "risk": R("n", "d", "n"),
          "interventions": ["psychoeducation", "communication skills training"],
          "homework": ["once a day each partner names one thing they appreciated"],
          "next_appointment": "Thursday at 6:30",
          "metaphors": ["It's like my body pulls the fire alarm for no reason"],
          "phi_terms": ["Jamie", "Theo", "Costco", "Lindqvist", "6:30"]},
 "script": """
C: Hi Jamie, hi Theo. Can you both hear me?
P: Yep.
O: Loud and clear.
C: Theo, last time you said you wanted to talk about what happened at Costco.
O: Yeah. Jamie had another attack in the checkout line, and I kind of lost it, because I didn't know what to do.
P: And then you were mad at me, which made it ten times worse.
C: Jamie, what was it like in that moment?
P: My heart was pounding, I couldn't breathe, I was sure I was going to pass out. It's like my body pulls the fire alarm for no reason.
O: She's been better overall though, since they doubled her Zoloft. She's on 100 now. Dr. Lindqvist did that a month ago.
C: Jamie, is that right, a hundred milligrams?
P: Yeah, a hundred since the start of last month.
O: I take Ambien sometimes myself, and honestly I don't know how either of us sleeps.
C: Let me take a few minutes on Jamie's panic disorder, because I think it would help you both. A panic attack is the body's alarm system going off when there's no real danger. The heart races, breathing speeds up, and the mind decides something terrible is happening. It peaks and passes, usually within ten minutes. It feels dangerous but it isn't. And the more we fight it or flee, the more the brain learns the checkout line is dangerous.
O: So when I'm rushing her out of the store, that's making it worse?
C: It can. It teaches her body that leaving is what saved her.
P: That makes a lot of sense actually.
O: I got so angry at the guy behind us who was staring, I wanted to punch him.
C: I want to check on that. Any thoughts of actually hurting him, or anyone?
O: No. I was frustrated. I'd never actually do anything.
C: Jamie, same question for you. Any thoughts of hurting someone else?
P: No, none.
C: Okay. Now, Theo, before you respond to Jamie, tell her in your own words what you just heard her say about the fire alarm.
O: You're saying your body goes into alarm even though nothing's wrong, and you can't just switch it off.
P: Yes. Exactly that.
C: Jamie, can you tell Theo what you need from him, talking about you rather than about him?
P: When it happens, I need you to stay next to me and be quiet. Not fix it.
O: I can do that. I can just stand there.
C: That's really good. One more thing for the week: once a day, each of you names one thing you appreciated about the other.
P: Okay.
O: Deal.
C: Thursday at 6:30 again?
P: Thursday at 6:30 works.
"""},

{"id": "s40", "meta": meta("2026-05-07", "in-person", "SOAP", "individual"),
 "gold": {"medications": [M("sertraline", "100 mg", "current"), M("clonazepam", "0.5 mg", "current")],
          "diagnoses": [D("F43.10", "post-traumatic stress disorder")],
          "risk": R("d", "d", "d"),
          "interventions": ["grounding", "exposure"],
          "homework": ["drive through the intersection twice this week and stay until the anxiety drops by half"],
          "next_appointment": "Thursday the 9th, 4:30",
          "metaphors": ["a smoke detector with a dead battery"],
          "phi_terms": ["Reyes", "Elm and Fifth", "Mercy General", "the 9th", "4:30"]},
 "script": """
C: Week?
P: Rough. Two nightmares. Almost turned around on the way here.
C: Why?
P: The route goes past Elm and Fifth. Where it happened.
C: Meds. Still sertraline 100?
P: Yeah. And the Klonopin, point five milligrams, when it's bad.
C: How often?
P: Couple times a week.
C: Dr. Reyes okay with that?
P: She said it's fine for now.
C: We're working with a PTSD diagnosis, so nightmares and avoidance fit. Not a failure.
P: Feels like one.
C: Noted. Screening. Suicidal thoughts?
P: None.
C: Thoughts of hurting anyone?
P: No.
C: Cutting, burning, hurting yourself any way?
P: No.
C: You look keyed up right now.
P: I am. My body's like a smoke detector with a dead battery. Chirping all day.
C: Okay. Look around. Tell me five things you can see.
P: Lamp. Window. Your mug. The rug. A plant.
C: Four you can hear.
P: The fan. Traffic. Your voice. My foot tapping.
C: Three you can touch. Feet flat on the floor.
P: The chair. My jeans. The floor.
C: Where are you now, zero to ten?
P: Five. Was an eight.
C: Good. Next piece. You drive past that intersection, park nearby, and stay until the anxiety drops by half. No leaving early.
P: That sounds awful.
C: It will be, at first. The fear drops if you stay. Leaving teaches it the intersection is dangerous.
P: Okay. Not near Mercy General though, that's too much.
C: Fair. Start with Elm and Fifth. Twice this week. Track the numbers.
P: Fine.
C: Thursday the 9th, 4:30.
P: Okay.
"""},

{"id": "s41", "meta": meta("2026-05-08", "in-person", "DAP", "family"),
 "gold": {"medications": [M("dexmethylphenidate", "10 mg", "current")],
          "diagnoses": [D("F90.9", "attention-deficit hyperactivity disorder, unspecified type")],
          "risk": R("d", "n", "e"),
          "interventions": ["distress tolerance skills", "safety planning"],
          "homework": ["hold ice or splash cold water when the urge hits and mark it on the card",
                       "parents put the razors and scissors somewhere locked"],
          "next_appointment": "a week from today",
          "metaphors": ["My skin feels like it's full of static"],
          "phi_terms": ["Maya", "Grant", "Lincoln Middle School", "Patel"]},
 "script": """
C: Maya, thanks for coming in with your mom today. Ms. Grant, thank you too.
O: Of course. I'm just worried.
P: She's making it a bigger deal than it is.
C: Let's start with what's been going on. Maya?
P: I don't know. School's been bad. Everyone at Lincoln Middle School is so fake.
O: Her grades dropped after spring break. And she's been wearing long sleeves when it's eighty degrees.
C: Maya, I want to ask you straight, and I won't freak out. Have you been hurting yourself?
P: I've been scratching my arms again. With my nails, and sometimes a pencil.
C: Thank you for telling me. When did it start again?
P: Like two weeks ago. It just makes the buzzing stop. My skin feels like it's full of static.
C: When you scratch, are you having any thoughts of killing yourself, or of wanting to die?
P: No, it's not like that. I don't want to die. It just calms me down.
O: Oh, honey.
C: Ms. Grant, how has the medication side been?
O: We give her the Focalin every morning, ten milligrams, before school. Dr. Patel hasn't changed it. Her ADHD diagnosis was back in third grade.
C: And is it helping?
P: I guess. I can focus in math.
O: Her dad was on Ritalin as a kid too, for what it's worth.
C: Maya, when the buzzing starts, I want you to have something that works fast that doesn't hurt you. Hold an ice cube in your hand until it melts, or splash really cold water on your face. The cold shocks your body and the urge usually drops.
P: That sounds weird but okay.
C: Let's also make a plan together, on paper. What are the signs the urge is coming?
P: I get hot, and I can't sit still, and I start picking at my sleeves.
C: And who can you go to?
P: My mom, I guess. Or text my friend.
O: You can always come to me. Always.
C: Ms. Grant, part of the plan is for you: put the razors and scissors somewhere locked for now.
O: I'll do that tonight.
C: Maya, when the urge hits, use the ice or the cold water, and mark it on this card so we can look at it together.
P: Okay.
C: Let's meet a week from today.
O: A week from today, same time. Thank you.
"""},

{"id": "s42", "meta": meta("2026-05-11", "telehealth", "BIRP", "individual"),
 "gold": {"medications": [M("lamotrigine", "100 mg", "changed"), M("lithium", "300 mg", "current")],
          "diagnoses": [D("F31.9", "bipolar I disorder")],
          "risk": R("d", "n", "n"),
          "interventions": ["psychoeducation", "sleep hygiene"],
          "homework": ["fill in the mood chart every night", "same wake-up time every day, phone out of the bedroom"],
          "next_appointment": "the 22nd at 2 pm",
          "metaphors": ["my brain was a browser with forty tabs open"],
          "phi_terms": ["Kim", "Sacramento", "Delta", "the 22nd", "2 pm"]},
 "script": """
C: Hi, good to see you. How's the last couple of weeks been?
P: Okay so, it's been a lot, I flew back from Sacramento on Delta and the flight was delayed like four hours, and then I didn't sleep, and then I had that thing where I was up all night reorganizing the garage, and my brain was a browser with forty tabs open, you know what I mean?
C: I do. That sounds like it could be the start of something. How many nights of short sleep?
P: Three? Maybe four. And then I crashed. I crashed hard.
C: What did the crash look like?
P: Two days in bed. Didn't shower. Ate crackers. Cancelled on everybody.
C: And now, today, where's your mood?
P: Kind of in the middle. Tired but okay.
C: Did you talk to Dr. Kim about it?
P: Yeah, I called her, and actually, so, the lamotrigine, she had me at one fifty, and the rash thing came up, I got this weird rash, so she went down to one hundred milligrams. And then the lithium is the same, 300 mg twice a day.
C: So lamotrigine a hundred now, lithium three hundred twice a day.
P: Right. My mom has depression too, she's on something, I don't know what.
C: Dr. Kim has you down as bipolar one, and what you're describing with the garage in the middle of the night is the kind of thing we watch for. Can I explain why sleep matters so much?
P: Yes, please, because everybody keeps saying it.
C: With bipolar disorder, sleep is both an early warning sign and a trigger. Losing sleep can push the brain toward mania, and mania makes you need less sleep, so it feeds itself. Jet lag and a delayed flight are exactly the kind of disruption that can set it off. Protecting sleep is one of the most powerful things you can do, alongside the meds.
P: That actually makes sense. It's like a loop.
C: It is. And the good news is the loop works in the other direction too. Regular sleep steadies mood.
P: Okay. So what do I actually do?
C: Exactly. So some concrete things. Same wake-up time every day, even weekends. Phone charges outside the bedroom. No caffeine after lunch.
P: The phone thing is going to kill me.
C: Before we finish, I want to ask: any thoughts of ending your life, now or during the crash?
P: No. God, no. I've got the dog. I'd never.
C: Good. I'm glad you have the dog.
P: Me too.
C: And I'd like you to fill in the mood chart every night, just a number and your hours of sleep.
P: Okay, I can do that, I have the app.
C: Let's do the 22nd at 2 pm.
P: The 22nd at 2 pm, perfect.
"""},

{"id": "s43", "meta": meta("2026-05-12", "in-person", "SOAP", "individual"),
 "gold": {"medications": [M("naltrexone", "50 mg", "started")],
          "diagnoses": [D("F10.20", "alcohol use disorder, moderate")],
          "risk": R("d", "d", "n"),
          "interventions": ["motivational interviewing"],
          "homework": ["count drinks every night in the notes app"],
          "next_appointment": "Wednesday at 6",
          "metaphors": ["like a dog chasing its tail", "The bottle is my off switch"],
          "phi_terms": ["Tony", "Halsey Street", "Caldwell Plumbing", "Gus", "Stein"]},
 "script": """
C: Tony. How was the week?
P: Eh. Drank Friday, drank Saturday. Sunday I was useless. Monday I was late to Caldwell Plumbing again.
C: What happened Friday?
P: Guys from work went to Gus's place on Halsey Street. I said two beers. It was like nine.
C: What did you notice afterwards?
P: Same thing every time. I feel like garbage, I swear I'm done, then Friday comes. It's like a dog chasing its tail.
C: Sounds exhausting. What does drinking do for you, the good side?
P: It shuts my head up. The bottle is my off switch.
C: And the not-so-good side?
P: Being late. My girlfriend looking at me like that. The money.
C: How important is it to you right now to cut back, zero to ten?
P: Like a seven.
C: A seven. Why a seven and not a three?
P: Because I don't want to lose the job. And I don't want to be my old man.
C: So part of you wants to keep the off switch, and part of you is worried about where this is going.
P: Yeah. That's it exactly.
C: You saw Dr. Stein's nurse practitioner last week, right?
P: Yeah. She started me on naltrexone. Fifty mg a day. She also said something about Antabuse but I told her no way, I'm not doing that.
C: How's the naltrexone been?
P: Four days in. Bit of a headache. She said it's for the alcohol use disorder, takes the fun out of it.
C: Anything else happen this week I should know about?
P: Some guy at the bar got in my face. I wanted to punch him but I'd never actually do anything. I just left.
C: I want to ask clearly. Any thoughts of hurting him or anyone else, now?
P: No. I was heated, that's all.
C: And any thoughts of suicide, with all this?
P: No. None of that.
C: Okay. What's one step you'd be willing to try this week?
P: Count them. Like actually count my drinks, every night, in my notes app.
C: Your idea, I like it. Count drinks every night in the notes app.
P: Deal.
C: Wednesday at 6?
P: Wednesday at 6 works.
"""},

{"id": "s44", "meta": meta("2026-05-13", "telehealth", "DAP", "individual"),
 "gold": {"medications": [M("venlafaxine", "150 mg", "current"), M("levothyroxine", "50 mcg", "current"),
                          M("hydroxyzine", None, "stopped")],
          "diagnoses": [D("F34.1", "dysthymic disorder")],
          "risk": R("e", "d", "d"),
          "interventions": ["safety planning", "cognitive restructuring"],
          "homework": ["keep the crisis numbers on the fridge", "when the nobody-cares thought shows up, write one fact against it"],
          "next_appointment": "Friday the 3rd at 11",
          "metaphors": ["I'm a houseplant nobody waters"],
          "phi_terms": ["Greta", "Ames", "the 3rd"]},
 "script": """
C: Hi Greta. Before anything else, I'm updating the med list. So I have you on Effexor 150, Synthroid 50 micrograms, and hydroxyzine 25 as needed?
P: Yes, except I stopped the hydroxyzine, actually, about two weeks ago. It made me too sleepy at work.
C: Okay, I'll mark the hydroxyzine stopped. Effexor and Synthroid unchanged?
P: Unchanged.
C: How have you been?
P: Flat. The same gray. I'm a houseplant nobody waters.
C: That's a vivid image. Tell me more.
P: I go to work, I come home to my apartment in Ames, I eat cereal, I go to bed. Nobody would notice if I stopped showing up.
C: This is the dysthymia we've talked about, the low-grade depression that's been there for years. The diagnosis on your chart is persistent depressive disorder. We did look at whether it was bipolar and ruled that out.
P: Right. I remember.
C: When you say nobody would notice, I want to ask about safety. Any thoughts of suicide?
P: Not like a plan. But some nights I lie there and think, I don't care if I die in my sleep. Like it would be fine.
C: How often are you having that thought?
P: Maybe twice a week. I wouldn't do anything. I'm too scared of that.
C: Thank you for being honest with me. Any thoughts of hurting yourself, like cutting or hitting?
P: No.
C: Or of hurting anyone else?
P: No, nobody.
C: I want us to build out a plan for those nights. What's a warning sign?
P: When I skip dinner and just lie there.
C: And what can you do, and who can you call?
P: My sister. And I could call the crisis line, I guess.
C: Yes. 988 is there any time. Can you put those numbers on your fridge?
P: Okay.
C: Let's look at that thought, nobody would notice. Is there another way to look at it? What actually happened the last time you were out sick?
P: My coworker texted me. Twice. And my sister brought soup.
C: So what does that tell you?
P: That maybe somebody would notice. Some people.
C: When that thought shows up this week, write down one fact against it.
P: I can try.
C: Let's meet Friday the 3rd at 11.
P: Friday the 3rd at 11. Okay.
"""},

{"id": "s45", "meta": meta("2026-05-14", "in-person", "SOAP", "couples"),
 "gold": {"medications": [M("escitalopram", "20 mg", "changed")],
          "diagnoses": [D("F32.9", "major depressive disorder, single episode, unspecified")],
          "risk": R("e", "d", "n"),
          "interventions": ["communication skills training", "safety planning"],
          "homework": ["a ten-minute state-of-us check-in on Sunday evening"],
          "next_appointment": "The 28th at 5:30",
          "metaphors": ["our marriage is a house with the heat turned off", "I'm a weight on them"],
          "phi_terms": ["Ben", "Lauren", "Asante", "The 28th", "5:30"]},
 "script": """
C: Ben, Lauren, welcome back. Where are we this week?
O: I want to bring something up and I'm scared to.
P: Just say it.
O: Last Tuesday, Ben said to me that we'd all be better off without him. And then he went to bed like nothing happened.
C: Ben, is that right?
P: I did say that. I still think it sometimes. Late at night, mostly.
C: Thank you for being honest. Are you having thoughts of killing yourself?
P: Not really doing anything. More that I'm a weight on them. That they'd be fine.
C: Have you thought about how, or made any plans?
P: No. Nothing like that.
C: Any thoughts of hurting anyone else?
P: No.
O: He's been on the Lexapro for a year, and Dr. Asante bumped him up to twenty of the Lexapro two weeks ago.
C: Ben, twenty milligrams now?
P: Yeah. Twenty since the start of the month.
O: I'm on Zoloft myself, fifty, it's been good for me.
C: Ben, with the major depressive disorder diagnosis, that feeling of being a burden is common, and it's a symptom, not a fact. Lauren, I want the three of us to put together what happens on a night like that.
O: Okay.
C: Ben, what tells you it's getting bad?
P: I stop talking. I go to bed right after dinner.
C: Lauren, what can you do when you see that?
O: Sit with him. Ask him straight.
C: And the crisis line, 988, and Dr. Asante's after-hours number, both go in your phones. Okay. Lauren, you said you were scared. Say what you feel, starting from your side, not what he did.
O: I feel terrified, and I feel alone with it, because you don't tell me things.
C: Ben, before you answer, tell her what you heard.
P: You're scared, and you feel shut out because I keep it to myself.
O: Yes.
P: It's like our marriage is a house with the heat turned off. We both live there but it's cold.
C: That's a powerful image. Lauren, what did you hear?
O: That you feel it too. That it's not just me.
C: Sunday evening, a ten-minute state-of-us check-in. One speaks, the other says back what they heard.
O: We can do that.
P: Yeah.
C: The 28th at 5:30?
O: The 28th at 5:30.
"""},

{"id": "s46", "meta": meta("2026-05-15", "in-person", "BIRP", "individual"),
 "gold": {"medications": [M("fluvoxamine", "50 mg", "changed"), M("hydroxyzine", "25 mg", "current")],
          "diagnoses": [D("F42.2", "obsessive-compulsive disorder")],
          "risk": R("d", "n", "n"),
          "interventions": ["exposure"],
          "homework": ["touch the kitchen trash lid once a day and wait twenty minutes before washing"],
          "next_appointment": "Tuesday the 12th at 9 am",
          "metaphors": ["like a fire alarm that goes off when you make toast"],
          "phi_terms": ["Priya", "Northgate Mall", "Halloran", "the 12th", "9 am"]},
 "script": """
C: Hi Priya. Last time we built the list. How did the week go?
P: Mixed. I did the Northgate Mall bathroom thing, the door handle, but I washed after like a minute.
C: That's still a start. What about the medication?
P: Dr. Halloran and I decided I'm tapering off the Luvox. I'm at fifty now, from a hundred. And I still take hydroxyzine 25mg at night for sleep.
C: How's the taper feeling?
P: Little dizzy. Fine, mostly.
C: Your intake diagnosis was obsessive-compulsive disorder, contamination type, and that hasn't changed.
P: I know. My brother has OCD too, and he's way worse than me, so I guess I'm lucky.
C: Everyone's version looks different.
C: Before we start, the safety check. Have you had thoughts about killing yourself?
P: No.
C: Okay. Today I brought the kitchen trash lid from the break room. I want you to touch the lid with your whole hand, and then we sit here without washing.
P: Oh god. Okay.
C: What number are you at right now, zero to a hundred?
P: Eighty-five.
C: Stay with it. Don't reach for the wipes. Notice the urge to wash, and just watch it like a car passing outside, without doing anything about it.
P: It's like a fire alarm that goes off when you make toast. Everything in me is screaming.
C: Notice that, without judging it. Where do you feel it in your body?
P: My chest. My hands feel sticky.
C: And now?
P: Sixty. Fifty-five.
C: Keep breathing and noticing. We'll wait.
P: Forty. That's weird. It's going down on its own.
C: That's the point. When you don't wash, your brain learns the alarm was false.
P: Okay. That's actually kind of amazing.
C: For the week: touch the kitchen trash lid once a day and wait twenty minutes before washing. Write the numbers down.
P: I'll try.
C: Tuesday the 12th at 9 am.
P: See you then.
"""},

{"id": "s47", "meta": meta("2026-05-18", "telehealth", "SOAP", "individual"),
 "gold": {"medications": [M("lorazepam", None, "stopped"), M("propranolol", "10 mg", "started"),
                          M("melatonin", "3 mg", "current")],
          "diagnoses": [D("F41.0", "panic disorder")],
          "risk": R("n", "n", "n"),
          "interventions": ["psychoeducation", "relaxation training", "exposure"],
          "homework": ["belly breathing ten minutes every evening", "spin in the office chair for thirty seconds three times this week"],
          "next_appointment": "The 30th at 1 pm",
          "metaphors": ["My heart is a bird slamming against a window", "tight like a fist", "It was my safety net"],
          "phi_terms": ["Wu", "Ines", "Riverside", "The 30th", "1 pm"]},
 "script": """
C: Hi Ines. How are you doing?
P: Better and worse. I went to see Dr. Wu at the Riverside clinic. She discontinued the Ativan and started me on propranolol, ten mg, when I feel one coming.
C: How do you feel about coming off the Ativan?
P: Nervous. It was my safety net. But I get why.
C: Anything else you're taking?
P: Melatonin, three milligrams, at bedtime. Same as before.
C: Okay. And the attacks themselves?
P: Two this week. My heart is a bird slamming against a window. And my chest goes tight like a fist.
C: We diagnosed the panic disorder back in the winter, and I want to go over what's actually happening in an attack, because I think it'll help. When your brain misreads a body sensation, a skipped beat, a breath that feels short, as danger, it fires the alarm. Adrenaline pours in, your heart speeds up, you breathe faster, and those new sensations look like more danger, so the alarm fires harder. It's a loop. The sensations are uncomfortable, but they're not harmful, and they peak and fall on their own.
P: So it's not my heart.
C: Your doctor checked your heart, and it's healthy. It's the loop.
P: Okay.
C: Let's try something. Put one hand on your chest and one on your belly. Breathe in through your nose so only the bottom hand rises. Out slowly through your mouth, longer than the in-breath.
P: Like this?
C: Yes. Slower. Let the out-breath be twice as long.
P: That's calming, actually.
C: Now something harder. I want you to spin in your office chair for thirty seconds, on purpose, to bring on the dizziness. Then we'll watch what happens.
P: That sounds terrible.
C: That's the point. We're teaching your brain that dizziness isn't dangerous. Ready? Go.
P: Okay... whoa. My heart's going. I'm dizzy.
C: Stay with it. Don't fight it. What number, zero to ten?
P: Seven. Six. It's dropping.
C: Good. That's it. It came down by itself.
P: Huh.
C: Homework: belly breathing ten minutes every evening, and spin in the office chair for thirty seconds three times this week.
P: Okay.
C: The 30th at 1 pm?
P: The 30th at 1 pm is good.
"""},

{"id": "s48", "meta": meta("2026-05-19", "telehealth", "BIRP", "family"),
 "gold": {"medications": [M("sertraline", "50 mg", "changed"), M("guanfacine", "1 mg", "current")],
          "diagnoses": [D("F93.0", "separation anxiety disorder")],
          "risk": R("d", "n", "n"),
          "interventions": ["emotion regulation skills", "relaxation training"],
          "homework": ["use the feelings thermometer at bedtime", "do five birthday-candle breaths before school"],
          "next_appointment": "Same time next week",
          "metaphors": ["My tummy has bees in it"],
          "phi_terms": ["Zoe", "Oakwood Elementary", "June", "Marsh"]},
 "script": """
C: Hi Zoe! Hi Mom and Dad. Can everybody see me?
P: Hi! I can see you!
O: We're all here.
C: Zoe, how was school this week?
P: Bad. My tummy has bees in it every morning.
O: The mornings at Oakwood Elementary are still really hard. She cries at the door.
C: Before we play, a quick update on the medicine side. How's that going?
O: Dr. Marsh increased her Zoloft to 50 mg last month. She's been on it since the winter at twenty-five.
O: And she takes guanfacine, 1 mg at bedtime. That hasn't changed.
C: Any side effects?
O: Tummy aches the first week. Better now.
O: I'm on Buspar myself, for my own anxiety. I think she gets it from me, honestly.
C: That's helpful to know. And her separation anxiety is really what we're working on, so those mornings make sense.
O: Her cousin has autism and they had a much harder time, so we're grateful, honestly.
C: Zoe, your mom told me that sometimes when you're really mad you say you want to die. Can I ask you about that?
P: I say it when I'm mad. Like when Grandma June leaves.
C: When you say it, do you really want to die, or is it something you say when you're mad?
P: It's just a thing I say. I don't really want to. I want to live with my dog forever.
C: Okay. Thank you for telling me the truth. Now let's do the feelings thermometer. At the bottom is calm, at the top is biggest feeling ever. Where are the bees in the morning?
P: Up here. Red.
C: Red. And right now?
P: Green. Kind of yellow.
C: What color is it when you say you want to die?
P: Red, red, red.
C: So when you're at red, you can say, my thermometer is at red, instead. Then we do birthday candle breaths. Hold up five fingers. Blow out each candle, slow.
P: Whoooo. Whoooo.
C: Slower. Long and slow, like you don't want the wax to splash.
P: Whooooooo.
C: How do the bees feel?
P: Quieter.
C: Mom and Dad, every night at bedtime, use the thermometer with her, and before school, five birthday-candle breaths.
O: We can do that.
C: Same time next week?
O: Same time next week. Say bye, Zoe.
P: Bye!
"""},

{"id": "s49", "meta": meta("2026-05-20", "in-person", "DAP", "individual"),
 "gold": {"medications": [],
          "diagnoses": [D("F43.81", "prolonged grief disorder")],
          "risk": R("e", "n", "d"),
          "interventions": ["trauma narrative", "safety planning"],
          "homework": ["write the story of that night once more at home and bring it in"],
          "next_appointment": "The 2nd at 3:15",
          "metaphors": ["Grief is a room I keep walking back into", "more like wading through cold water"],
          "phi_terms": ["Walter", "St. Luke's", "Hollis Avenue", "Marguerite", "eleven", "The 2nd", "3:15"]},
 "script": """
C: Marguerite, how have you been since last time?
P: The anniversary is coming. Two years since Walter. Grief is a room I keep walking back into, and every time the furniture is moved.
C: That sounds disorienting.
P: It is. Some mornings I reach over to his side of the bed.
C: Is your doctor still offering you something for sleep?
P: She offered me Zoloft, but I said no. I don't want to be numbed out. My son takes Ambien and he's a zombie.
C: That's your call. I want to say something about where we are. It's been two years, and the grief is still taking over most days. That's what we call prolonged grief disorder, and it's what I'm treating. It's not major depression, and it's not a weakness.
P: Thank you. It helps to have a name for it.
C: You said last week that sometimes you think about joining him. Can you tell me more about what you mean?
P: I just think, I'd like to be where Walter is.
C: Do you mean you think about dying?
P: I guess, yes. Not doing anything. Just not being here.
C: How often?
P: A few times a week. Mostly at night.
C: Have you done anything to hurt yourself, or thought about how?
P: No. Never. I couldn't do that to my son.
C: I'm glad you told me. Let's write down what you'll do on those nights, and who you'll call. Your son, your friend from church, and 988.
P: All right.
C: Today I'd like to go back to the night at St. Luke's again. Tell it to me slowly, in the present tense, as if it's happening now. Start when you get the call.
P: It's eleven at night. The phone rings. It's the hospital. I drive down Hollis Avenue and every light is red.
C: Stay there. What do you see when you walk in?
P: The nurse's face. I know before she says anything. He's already gone.
C: What are you feeling in your body right now, telling it?
P: Heavy. My hands are shaking. But I'm still here.
C: You are still here. Keep going.
P: I sit with him. I hold his hand. It's still warm.
C: Thank you for taking me there. How is it compared to the first time you told it?
P: Less like drowning, more like wading through cold water.
C: Write the story of that night once more at home and bring it in.
P: I will.
C: The 2nd at 3:15?
P: The 2nd at 3:15.
"""},

{"id": "s50", "meta": meta("2026-05-21", "telehealth", "SOAP", "individual"),
 "gold": {"medications": [M("amphetamine-dextroamphetamine", "20 mg", "current")],
          "diagnoses": [D("F90.2", "attention-deficit hyperactivity disorder, combined type")],
          "risk": R("d", "n", "d"),
          "interventions": ["role play", "problem solving"],
          "homework": ["say no to one extra request from Derek this week", "pick one rent option and call the landlord by Friday"],
          "next_appointment": "The 14th at 10",
          "metaphors": ["My to-do list is a hydra"],
          "phi_terms": ["Sam", "Derek", "Pixelworks", "Portland", "Henderson", "The 14th"]},
 "script": """
C: Hey Sam. What's up this week?
P: Ugh. So much. My to-do list is a hydra. I cross one thing off and two more grow back.
C: Where's most of it coming from?
P: Work. Derek at Pixelworks keeps dumping stuff on me at the end of the day on a Friday. And the rent in Portland went up, so there's that.
C: Meds first, quick. Still Adderall?
P: Yeah, the XR, 20mg in the morning. Same as always. My brother's on Vyvanse thirty and he says it's smoother but I'm fine.
C: And your ADHD, the combined type, how's that showing up this week?
P: Just, everything at once. I start six things and finish none.
C: I don't think I've asked in a while. Any thoughts of suicide or hurting yourself?
P: Nope. Nothing like that. Just stressed.
C: Good. Let's take the Derek thing. What do you want to happen?
P: I want to say no. I never say no.
C: Let's practise saying no to your boss. I'll be Derek. Go. Sam, can you take the Henderson deck, I need it Monday.
P: Um, sure, I mean...
C: Pause. Try again. What do you actually want to say?
P: I can't take it this week. I can do it Wednesday, or you could give it to someone else.
C: Derek again. But it's really urgent.
P: I get that it's urgent. I can't do it and do a good job on the budget report. Which one matters more to you?
C: That was great. How did that feel?
P: Terrifying. But kind of good.
C: Now the rent. Let's list every option, even the bad ones.
P: Get a roommate. Move. Ask for a payment plan. Pick up freelance stuff.
C: What's good and bad about each?
P: Roommate's cheapest but I hate it. Moving costs money. Payment plan is easy to ask for. Freelance means more on the hydra.
C: Which one would you try first?
P: Payment plan. Call the landlord.
C: So this week: say no to one extra request from Derek, and call the landlord about a payment plan by Friday.
P: Okay.
C: The 14th at 10?
P: The 14th at 10 works.
"""},
]
