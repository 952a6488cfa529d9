from common import D, M, R, meta

SESSIONS = [
{"id": "s07", "meta": meta("2026-03-13", "in-person", "SOAP", "individual"),
 "gold": {"medications": [M("naltrexone", "50 mg", "started")],
          "diagnoses": [D("F10.20", "alcohol use disorder, moderate")],
          "risk": R("d", "d", "d"),
          "interventions": ["motivational interviewing"],
          "homework": ["write down every drink each day", "go to one meeting at St. Mark's this week"],
          "next_appointment": "Friday at 9 am",
          "metaphors": ["the bottle was my life raft"],
          "phi_terms": ["Greg", "Denise", "Costco", "Patel", "St. Mark's", "9 am"]},
 "script": """
C: Greg, welcome back. How many days has it been since we last talked?
P: Eight. Eight days. I had, uh, I had a couple beers on Saturday, I'm not gonna lie.
C: I appreciate you telling me. What was going on Saturday?
P: Denise's brother came over, they were watching the game. Everybody had a beer in their hand and I just kind of grabbed one. Then two.
C: And then?
P: Then I stopped. Which, honestly, a year ago, that would've been twelve.
C: So part of you grabbed the beer, and part of you stopped at two.
P: Yeah. I guess. I don't know which part's winning.
C: Let's look at both. What does drinking still do for you?
P: It shuts my head off. After a shift at Costco, with my back killing me, the bottle was my life raft. For years.
C: It kept you afloat for a long time.
P: Yeah. Until it didn't.
C: And what makes you want to change it now?
P: My kid asked me why I fall asleep on the couch every night. She's nine. That one hurt.
C: That's a strong reason. On a scale of zero to ten, how important is cutting back or quitting to you right now?
P: Like an eight. Maybe a nine.
C: Why an eight and not a five?
P: Because I don't want her remembering me like that. And Denise said she's done if it keeps going.
C: And how confident are you that you can do it?
P: Lower. Like a five.
C: What would move it to a six?
P: The medication thing, maybe. Dr. Patel started me on naltrexone on Monday. Fifty milligrams, once a day.
C: How's that been so far?
P: A little nauseous in the morning. But she said it takes the edge off the cravings. On Saturday, those two beers didn't do much for me, honestly.
C: That's actually how it's supposed to work. Anything else you're taking?
P: No. She brought up Antabuse, but I never took Antabuse, I didn't like the idea of getting sick.
C: Okay. And you know the diagnosis we talked about, the alcohol use disorder, moderate. How does that label sit with you now?
P: Better than it did. It's a thing I have, not who I am.
C: I want to check a few safety things. Any thoughts of suicide, or of being better off dead?
P: No.
C: Any urges to hurt yourself?
P: No.
C: Any thoughts of hurting someone else, even when you're angry?
P: No, I'm not like that.
C: Okay. So, from what you've said, you want your daughter to remember a different dad, and the meds are helping with the cravings. What's one step for this week?
P: Write down every drink. Even if it's zero. And maybe go to that meeting at St. Mark's.
C: Both of those are yours, I didn't suggest them. How about writing every drink each day, and one meeting at St. Mark's this week?
P: Yeah. Okay. Thursday night they have one.
C: Let's meet Friday at 9 am, and you can tell me how it went.
P: Friday at 9 am. I'll be there.
"""},

{"id": "s08", "meta": meta("2026-03-16", "telehealth", "BIRP", "individual"),
 "gold": {"medications": [],
          "diagnoses": [D("F60.3", "borderline personality disorder")],
          "risk": R("d", "d", "e"),
          "interventions": ["distress tolerance skills", "emotion regulation skills", "safety planning"],
          "homework": ["fill out the diary card every day", "use the cold water TIPP skill when self-harm urges come up",
                       "give the lighter to Jess"],
          "next_appointment": "Thursday at 1 pm",
          "metaphors": ["I'm like a raw nerve", "The feelings are a tidal wave"],
          "phi_terms": ["Kayla", "Jess", "Chipotle", "Reyes", "1 pm"]},
 "script": """
C: Hi Kayla. I see you're in your car, is that okay for privacy?
P: Yeah, it's the only place Jess can't hear me. I'm parked behind Chipotle, I have a break.
C: Okay. Did you fill out the diary card this week?
P: Most days. I skipped Saturday and Sunday.
C: What happened on Saturday?
P: I, um. I burned myself. With a lighter. On my arm.
C: Thank you for telling me. I know that's hard to say. Can you walk me through what happened before it?
P: Jess and I had a fight about the dishes, which is so stupid, and she said I always make everything about me. And I just, I'm like a raw nerve, everything hits me.
C: So the fight, and then that comment. What were you feeling?
P: Like I was going to explode. The feelings are a tidal wave and I can't get out from under it.
C: And the lighter was in the room?
P: It was in my bag. I went in the bathroom and did it. Three times.
C: Is the burn taken care of? Does it look infected?
P: It's fine. I put the cream on it.
C: Okay. I need to ask, when you burned yourself, were you trying to die?
P: No. No, it's not that. I wasn't trying to die. It just makes the feeling stop.
C: Have you had any thoughts of killing yourself this week?
P: No. Not this week.
C: And any thoughts of hurting Jess or anyone else?
P: No. I was mad, but no.
C: Okay. Let's look at the moment the urge hit. On a scale of zero to a hundred, how strong was it?
P: Like ninety.
C: That's where distress tolerance skills come in, the ones for getting through the peak without making it worse. Remember TIPP, the T is for temperature. Cold water on your face, or holding ice, drops that intensity fast.
P: I remember. I didn't think of it in the moment.
C: That's normal. So let's make it easier. Could you keep an ice pack in the freezer with a sticky note on it?
P: Yeah. I could do that.
C: And let's work on the emotion regulation piece too, the earlier part, when the fight started. What emotion came first, before the explosion?
P: Shame, I think. Like she was right that I'm too much.
C: Shame. Naming it is the first step. When you can name it early, you can pick a skill before it hits ninety.
P: Okay.
C: I also want to add this to your safety plan. What could you do with the lighter?
P: I could give it to Jess. She doesn't smoke, she wouldn't care.
C: Okay. So: the diary card every day, the cold water or ice when the urge shows up, and the lighter goes to Jess. Are you still seeing Dr. Reyes?
P: Yeah, but I'm not on anything right now. She wanted me to try Abilify but I said no, I don't want anything like that.
C: That's your call, and you can keep talking with her about it. Let's meet Thursday at 1 pm.
P: Thursday at 1 pm. Okay. I have to go back in.
C: Take care, Kayla. Call the crisis line if the urges come back strong before Thursday.
"""},

{"id": "s09", "meta": meta("2026-03-17", "in-person", "DAP", "individual"),
 "gold": {"medications": [M("clonazepam", "0.5 mg", "current"), M("escitalopram", "5 mg", "started")],
          "diagnoses": [D("F41.0", "panic disorder")],
          "risk": R("d", "n", "n"),
          "interventions": ["psychoeducation", "exposure", "relaxation training"],
          "homework": ["spin in a desk chair for thirty seconds once a day and rate the fear",
                       "practice diaphragmatic breathing for five minutes twice a day"],
          "next_appointment": "Next Monday at 11 am",
          "metaphors": ["my heart was going like a jackhammer"],
          "phi_terms": ["Brian", "Kroger", "Target", "Nguyen", "11 am"]},
 "script": """
C: Brian, hi. How was the week?
P: I had one on Wednesday. A big one. In the Kroger checkout line.
C: Tell me what happened.
P: I was just standing there and my heart was going like a jackhammer, and I got really dizzy, and I was sure I was having a heart attack. I left the cart right there.
C: That sounds terrifying. How long did it last?
P: Maybe ten minutes? It felt like an hour.
C: And afterwards?
P: I sat in the car. I took a Klonopin, the point five. I keep them in the glovebox for that.
C: How often are you taking the Klonopin?
P: Only when it's bad. Like twice this week.
C: Okay. Anything new with your medications?
P: Yeah, Dr. Nguyen started me on Lexapro. Five milligrams. She said it's a low dose to start and she might bump it up.
C: When did you start?
P: Last Friday.
C: Okay. So I'd like to talk about what a panic attack actually is, because it connects to your panic disorder diagnosis. Your body has an alarm, fight or flight. In a panic attack it goes off when there's no danger. The racing heart, the dizziness, they're uncomfortable, but they're not dangerous.
P: But it really feels like a heart attack.
C: It does. And then the fear of the sensations makes more sensations, and it loops. That's the cycle we want to break.
P: So how do I break it?
C: Two ways. First, breathing. Let's practice now. Hand on your belly, breathe in through your nose for four, let your belly push your hand out.
P: Okay.
C: Hold for two. Out through your mouth for six. Good. Again.
P: That's... actually kind of calming.
C: That's diaphragmatic breathing. It's a relaxation skill, five minutes twice a day, practice it when you're calm so it's there when you're not.
P: Okay.
C: The second part is the harder part. We practice bringing on the sensations on purpose, so your brain learns they're safe. It's called interoceptive exposure.
P: On purpose? That sounds horrible.
C: It's uncomfortable but short. Let's try one. I'd like you to spin in this chair for thirty seconds.
P: Okay. Here goes.
C: What are you noticing?
P: Dizzy. My heart's going. That's exactly what it felt like at Kroger.
C: And what's happening now, a minute later?
P: It's going down. Huh.
C: Your body settled on its own. That's what we want your brain to learn. For homework, spin in a chair for thirty seconds once a day and rate the fear, and the breathing twice a day.
P: Okay. I can do that at work on my break. We have those chairs in the back at Target.
C: Before we finish, I want to ask, with everything going on, have you had any thoughts of suicide?
P: No. I want the panic gone, not me.
C: Good. Next Monday at 11 am?
P: Next Monday at 11 am is fine.
"""},

{"id": "s10", "meta": meta("2026-03-18", "telehealth", "SOAP", "couples"),
 "gold": {"medications": [M("bupropion", "150 mg", "current")],
          "diagnoses": [],
          "risk": R("n", "d", "n"),
          "interventions": ["communication skills training", "emotion regulation skills"],
          "homework": ["take a twenty-minute time-out when either partner hits a seven out of ten, then come back",
                       "use a soft start-up for hard conversations"],
          "next_appointment": "Same time next week",
          "metaphors": ["like a pot about to boil over"],
          "phi_terms": ["Alicia", "Marcus", "Atlanta", "Jordan"]},
 "script": """
C: Okay, I have both of you. Alicia, Marcus, how are things?
P: Not good. We had a blowup on Friday about his brother.
O: It wasn't about my brother.
P: It was absolutely about your brother. Jordan's been on our couch for three weeks.
C: Let's hear it from each of you. Alicia, you first.
P: I came home and there were dishes everywhere, and Jordan was playing video games, and Marcus was laughing with him. And I was so mad I could kill him. I mean, I was like a pot about to boil over.
C: When you say you could kill him, I do have to check. Have you had any actual thoughts of hurting Marcus, or anyone?
P: No. God, no. It's an expression. I'd never hurt him.
C: Okay, thank you. Marcus, what was Friday like for you?
O: She walked in already angry. I didn't even get a chance to say hi before she was yelling.
C: So Alicia, you came in already past a boiling point. Marcus, you felt ambushed.
O: Yeah.
C: Before we go on, Alicia, you mentioned last time you'd seen your doctor. How's that going?
P: Fine. She kept me on the Wellbutrin. Same dose.
O: She's been on Wellbutrin, the one fifty, since we moved to Atlanta. It helps, honestly. My mom was on Prozac forever and it turned her into a zombie, this is way better.
C: Okay. So Alicia, still one fifty of the Wellbutrin.
P: Yeah. One fifty in the morning.
C: Let's go back to Friday. What I'm hearing is that the fight starts way before either of you opens your mouth. So today I'd like to work on two things, what happens inside you and how you bring things up.
P: Okay.
C: First, emotion regulation. When you feel that pot about to boil over, can you give it a number, zero to ten?
P: Friday was a nine when I walked in.
O: I was a three. Then like an eight.
C: So one skill is, when either of you hits a seven, you call a time-out. Twenty minutes, separate rooms, something calming, and you come back. Not storming off, a planned break.
O: I like that. I usually just go to the garage.
C: That's fine, as long as you say you're coming back. And second, how you bring it up. A soft start-up. Alicia, try it. Instead of "you and your brother left the place a mess", what's something that starts with how you feel?
P: Um. I feel overwhelmed when I come home to a messy kitchen, and I need help figuring out how long Jordan is staying.
O: Okay, that I can actually hear.
C: Marcus, can you respond to that?
O: Yeah. I get it. I'll talk to him about a date. And I'll do the dishes before you get home.
P: Thank you.
C: So this week, the time-out at seven out of ten, and a soft start-up for hard conversations. Same time next week?
P: Same time next week is good.
O: Works for me.
"""},

{"id": "s11", "meta": meta("2026-03-11", "in-person", "BIRP", "individual"),
 "gold": {"medications": [M("fluoxetine", "40 mg", "changed")],
          "diagnoses": [D("F42.2", "obsessive-compulsive disorder, mixed obsessional thoughts and acts")],
          "risk": R("d", "d", "d"),
          "interventions": ["exposure", "psychoeducation"],
          "homework": ["touch the front doorknob once a day and wait thirty minutes before washing",
                       "rate anxiety every five minutes during the practice"],
          "next_appointment": "Wednesday the 18th at 2 pm",
          "metaphors": ["like a song stuck on repeat"],
          "phi_terms": ["Noah", "Trader Joe's", "Mendez", "the 18th", "2 pm"]},
 "script": """
C: Noah, come on in. How did the exposures go this week?
P: Okay, I did the grocery cart one. At Trader Joe's. Four times.
C: That's great. What was it like?
P: The first time was awful. Like an eight. I wanted to run to the bathroom and scrub. By the fourth time it was maybe a four.
C: That's exactly what we hope for. Your anxiety went up and came down on its own, without the washing.
P: Yeah. It still kind of blows my mind.
C: And the thoughts themselves, the contamination thoughts?
P: Still there. It's like a song stuck on repeat. Germs, germs, what if I get my mom sick.
C: That makes sense. That's the obsession part of your OCD. The thoughts don't have to go away for you to get better. What changes is how much you obey them.
P: So I just let the song play.
C: Exactly. Let it play, and don't do the washing. How are things with the medication?
P: Oh, Dr. Mendez went up on the Prozac. I was on twenty and now I'm on forty.
C: When was that?
P: About ten days ago. I don't notice anything yet.
C: It can take a few weeks. Any side effects?
P: Little bit of trouble sleeping. It's fine.
C: Okay. Let me check in on safety. Any thoughts of suicide?
P: No.
C: Any urges to hurt yourself?
P: No.
C: And the harm thoughts you told me about, have you had thoughts of actually wanting to hurt anyone?
P: No. I don't want to hurt anybody. That's the opposite of what I worry about.
C: Okay. So today I'd like to move up the hierarchy. Next on the list was the front doorknob at home, with no washing after.
P: That's a six on my list.
C: Let's practice a version here. This is the waiting room doorknob. Touch it with your whole hand.
P: Okay. Ugh.
C: Now touch your face. Your cheek.
P: Seriously? Okay. Okay.
C: What number?
P: Seven. Maybe seven and a half.
C: Stay with it. Don't reassure yourself, don't count. Just notice.
P: It's, okay, it's dropping. Six.
C: We'll sit for a few more minutes. This is the exposure and response prevention part, the exposure and then no ritual.
P: Five now.
C: Good. For homework, touch the front doorknob once a day and wait thirty minutes before washing. Rate your anxiety every five minutes.
P: Thirty minutes. Okay. I can do that.
C: Let's meet Wednesday the 18th at 2 pm.
P: Wednesday the 18th at 2 pm. Got it.
"""},

{"id": "s12", "meta": meta("2026-03-19", "telehealth", "DAP", "individual"),
 "gold": {"medications": [],
          "diagnoses": [D("F50.00", "anorexia nervosa, unspecified")],
          "risk": R("d", "n", "d"),
          "interventions": ["psychoeducation", "cognitive restructuring"],
          "homework": ["eat three meals and one snack a day", "keep a meal log with the thought before each meal"],
          "next_appointment": "Friday at 3:15",
          "metaphors": ["Food feels like a math test I'm always failing"],
          "phi_terms": ["Olivia", "noon", "UCLA", "Karen", "3:15"]},
 "script": """
C: Hi Olivia. Are you in your dorm?
P: Yeah, my roommate's at class. I have the room till like noon.
C: Good. How's eating been since we talked?
P: Honestly, hard. I've been skipping lunch a lot. Between classes at UCLA there's just, like, no time.
C: Is it no time, or is something else going on around lunch?
P: It's... I don't know. Food feels like a math test I'm always failing. Like every choice I make is the wrong answer.
C: That's a really clear way to say it. How did your appointment with Karen go?
P: She's nice. She gave me a meal plan. Three meals and a snack. She wants me back to her on Tuesday.
C: Does the meal plan feel doable?
P: On paper. In real life, no.
C: I want to talk a bit about what's happening in your body when you restrict, because it's part of the anorexia and not a character flaw. When your body doesn't get enough fuel, your brain gets more rigid and more obsessed with food. The restriction feeds the thoughts.
P: So the less I eat the louder it gets?
C: Right. It's the starvation talking, a lot of the time. That's why eating regularly is step one, even before you feel ready.
P: That's kind of scary.
C: It is. Let's look at one of the thoughts. What goes through your head when you think about eating lunch?
P: That if I eat lunch I'll lose control and I won't be able to stop.
C: Okay. Has that ever happened when you followed Karen's plan?
P: No. I mean, I've only followed it twice.
C: And both times?
P: I ate the sandwich and I felt gross for like an hour, and then it was fine.
C: So what would a more balanced thought be?
P: That eating lunch is part of the plan, and feeling gross passes.
C: How much do you believe that?
P: Forty percent? Thirty?
C: That's a start. I want to check in on safety. Any thoughts of suicide or of not wanting to be alive?
P: No.
C: And any self-harm? I know you mentioned some history.
P: I used to scratch my arms in middle school when things got bad. I don't do that anymore. Not since I was like fourteen.
C: Okay, thank you. And nothing lately?
P: Nothing. I promise.
C: For this week: three meals and one snack a day, like Karen's plan, and a meal log where you write the thought you have before each meal.
P: Okay. I'll try. I'll really try.
C: That's all I ask. Can we meet Friday at 3:15?
P: Friday at 3:15 works. I'm done with classes by then.
"""},
]
