from common import D, M, R, meta

SESSIONS = [
{"id": "s19", "meta": meta("2026-04-01", "in-person", "SOAP", "individual"),
 "gold": {"medications": [M("trazodone", "100 mg", "changed"), M("hydroxyzine", "25 mg", "current"),
                          M("melatonin", "3 mg", "current")],
          "diagnoses": [D("F41.1", "generalized anxiety disorder"), D("F51.01", "primary insomnia")],
          "risk": R("n", "n", "n"),
          "interventions": ["sleep hygiene", "relaxation training"],
          "homework": ["keep a sleep diary every morning", "get out of bed if not asleep after about twenty minutes",
                       "practice progressive muscle relaxation every night before bed"],
          "next_appointment": "next Friday at 2:45",
          "metaphors": ["my mind is a hamster wheel"],
          "phi_terms": ["Diane", "Paul", "Scottsdale", "Hernandez", "1 AM", "2:45"]},
 "script": """
C: Diane, hi. How's the sleep been?
P: Terrible, still. I lie down and my mind is a hamster wheel. Bills, my mom, work, did I send that email. Round and round.
C: How long does it take you to fall asleep?
P: An hour, hour and a half. Sometimes I'm still up at 1 AM staring at the ceiling. Paul is snoring away next to me, which doesn't help.
C: And during the day?
P: Exhausted. And then the worrying is worse when I'm tired. It's a cycle.
C: It is. The worry and the insomnia feed each other, with the generalized anxiety and the primary insomnia both in the picture. Did Dr. Hernandez make any changes?
P: She did. She upped the trazodone from fifty to a hundred. That was about a week ago.
C: Any difference?
P: I fall asleep a little faster. But I'm groggy in the morning.
C: Okay. What else are you taking for sleep or anxiety right now?
P: The hydroxyzine, twenty-five, when I'm really keyed up. Maybe twice a week. And I take three milligrams of melatonin every night, the gummies.
C: Okay, thanks. Walk me through what happens from dinner to bed.
P: Dinner, then I answer work emails on the couch. Then TV in bed. Then I scroll on my phone. Then I try to sleep.
C: So your bed is where you work, watch TV, scroll, and worry.
P: When you say it like that...
C: Your brain has learned that bed is a place for being awake. We want to retrain it so bed means sleep. A few rules. Bed is only for sleep and sex. No screens for an hour before bed. And if you're not asleep after about twenty minutes, get up, go to another room, do something boring in dim light, and come back when you're sleepy.
P: Get up? That sounds like it'll make it worse.
C: It feels that way at first, but it's one of the most effective things we know for insomnia. Also, the same wake-up time every day, even after a bad night.
P: Even weekends?
C: Even weekends. I'd also like to teach you progressive muscle relaxation. Can we try it now?
P: Sure.
C: Close your eyes if you're comfortable. Make a tight fist with both hands. Hold for five seconds. Notice the tension.
P: Okay.
C: And release. Let your hands go loose. Notice the difference. Now shoulders up to your ears. Hold it.
P: Mm.
C: And let them drop. Let's move down through the body the same way.
P: That's... my shoulders have been up by my ears all week, I think.
C: A lot of people find that. Practice it every night before bed, it's about ten minutes with the recording I'll send you.
P: Okay.
C: And I'd like you to keep a sleep diary. Each morning: when you went to bed, about how long it took to fall asleep, times you woke up, and when you got up.
P: I can do that. I used to journal when we lived in Scottsdale.
C: Perfect. Let's look at it together next Friday at 2:45. Does that work?
P: Next Friday at 2:45 is fine.
"""},

{"id": "s20", "meta": meta("2026-04-02", "telehealth", "BIRP", "individual"),
 "gold": {"medications": [M("lithium", "900 mg", "current"), M("aripiprazole", "5 mg", "started")],
          "diagnoses": [D("F31.9", "bipolar disorder, unspecified")],
          "risk": R("d", "d", "d"),
          "interventions": ["psychoeducation", "sleep hygiene"],
          "homework": ["log mood and sleep in the app every day", "write a list of his early warning signs and share it with Keisha"],
          "next_appointment": None,
          "metaphors": ["like a car with no brakes"],
          "phi_terms": ["Devon", "Baltimore", "Keisha", "Adeyemi"]},
 "script": """
C: Hi Devon, how are you doing today?
P: Pretty good, actually. Better than last month for sure.
C: That's good to hear. Last month was the hospital stay in Baltimore. How's it been since you got home?
P: Calmer. My sister Keisha's been checking on me every day. Kind of annoying, but, you know. It helps.
C: Looking back, what was it like right before the hospital?
P: Man. I was like a car with no brakes. I wasn't sleeping, I spent two grand in a weekend, I was talking so fast nobody could keep up.
C: And how are you sleeping now?
P: Like eight hours. Maybe too much.
C: What are you taking these days?
P: Same lithium, nine hundred a day. And Dr. Adeyemi added Abilify after the hospital, five milligrams. I started that like two weeks ago.
C: How are you feeling on the Abilify?
P: A little restless in my legs sometimes. Otherwise fine. I saw an ad for Rexulti on TV and asked her about it, she said no, stick with this.
C: Okay. Keep telling her about the restlessness, that's worth tracking. Let me check in about safety. Any thoughts of suicide since the hospital?
P: No. None.
C: Any urges to hurt yourself?
P: No.
C: And thoughts of hurting anyone else? I know things got tense with your landlord.
P: No. We're fine now. I'd never do that.
C: Good. So I'd like to talk about warning signs today. With bipolar disorder, a manic episode usually doesn't come out of nowhere. There are early signs, and they're often different for each person.
P: Like what?
C: Sleeping less but not feeling tired is the big one. Others are talking faster, spending more, feeling unusually confident, starting lots of projects.
P: Yeah. The spending is always first for me. Then sleep.
C: That's useful to know. If you catch the first signs, you and Dr. Adeyemi can act before it becomes a full episode.
P: That makes sense.
C: Sleep is also one of the strongest protectors. Regular bedtime, regular wake time, and keep it steady even on weekends. Avoid all-nighters, even fun ones.
P: So no more gaming till sunrise.
C: Not if you want to protect your mood. Can you do a regular wake-up time?
P: I can try. My job starts early anyway.
C: Good. For this week, I'd like you to log your mood and sleep in the app every day, and write a list of your personal early warning signs. Then share that list with Keisha.
P: Keisha's going to love that. She'll be like, finally.
C: It gives her a way to help without checking on you every day.
P: True. Okay.
C: I'm not sure of my schedule for next month yet, so I'll have the front desk call you to set up the next one.
P: Sounds good. Thanks.
"""},

{"id": "s21", "meta": meta("2026-04-06", "in-person", "DAP", "individual"),
 "gold": {"medications": [],
          "diagnoses": [D("F40.10", "social anxiety disorder")],
          "risk": R("d", "d", "d"),
          "interventions": ["cognitive restructuring", "role play", "exposure"],
          "homework": ["ask one question in Dr. Lewis's class", "say hi to two classmates before class starts"],
          "next_appointment": "Wednesday at 11:30",
          "metaphors": ["like I'm under a spotlight"],
          "phi_terms": ["Hannah", "Ohio State", "Lewis", "Brandon", "Maddie", "11:30"]},
 "script": """
C: Hannah, hi. How did the week go with the social stuff?
P: Um. Not great. I didn't raise my hand in seminar even once.
C: What happened when you thought about it?
P: I had a question about the reading, and I felt like I'm under a spotlight, like the whole room would turn and stare. So I just didn't.
C: That's the social anxiety disorder at work, the fear of being judged. What did you predict would happen if you asked?
P: That I'd stumble over my words, and Dr. Lewis would think it was a stupid question, and everyone would know I don't belong at Ohio State.
C: That's a lot of predictions. Let's take one. How likely is it that Dr. Lewis thinks it's stupid?
P: Like eighty percent.
C: What has she done when other students asked questions?
P: She says good question. Every time. Even to Brandon, and his questions are so random.
C: So what does that evidence say?
P: That she'd probably say good question. Maybe... twenty percent she'd think it was dumb.
C: And even if she did think it was a little dumb, what would that mean about you?
P: That I asked a question. That's it, I guess. It's not like she'd kick me out.
C: So a more balanced thought?
P: Asking questions is normal, and even if it's not perfect, it doesn't mean I don't belong.
C: Good. Have you thought more about the medication thing your friend mentioned?
P: Oh, the propranolol? Maddie uses it for presentations. I never tried it. I don't really want to take anything.
C: That's okay, the exposure work helps a lot on its own. Speaking of which, let's practice. I'll be Dr. Lewis. You ask a question about the reading.
P: Right now? Oh god. Okay. Um. I was wondering, in chapter four, when the author talks about, um, social capital, does that include online networks?
C: Good question. What do you think?
P: Ha. Okay. I think... it probably does, but the book was written before that was a thing.
C: How was that, zero to a hundred?
P: Like sixty going in. Forty now.
C: Let's do it again, with a different question. Your anxiety usually drops with each round.
P: Okay. Um, does the author think social capital can be lost?
C: Good question. What number now?
P: Thirty. That's weird.
C: It's not weird, that's how exposure works. The more you do it, the less your brain treats it as a threat. Let's plan the real-world one. One question in Dr. Lewis's class this week.
P: One question. Okay. Tuesday.
C: And a smaller one to warm up. Could you say hi to two people before class starts?
P: I can do that. Maddie's in that class, that's one.
C: Does Maddie count?
P: Fine, two people who aren't Maddie.
C: Before we stop, a quick check-in. Any thoughts of suicide or of hurting yourself this week?
P: No. Nothing like that.
C: Any thoughts of hurting anyone else?
P: No.
C: Good. Wednesday at 11:30?
P: Wednesday at 11:30 works. I'll tell you if I asked.
"""},

{"id": "s22", "meta": meta("2026-04-07", "in-person", "SOAP", "family"),
 "gold": {"medications": [M("fluoxetine", "20 mg", "started")],
          "diagnoses": [D("F32.1", "major depressive disorder, single episode, moderate")],
          "risk": R("d", "d", "e"),
          "interventions": ["safety planning", "distress tolerance skills"],
          "homework": ["Michelle locks up all medications and razors tonight",
                       "Ava holds ice or splashes cold water when the urge to cut comes",
                       "Ava texts the code word to her mom when urges are strong"],
          "next_appointment": "Thursday at 4 pm",
          "metaphors": ["It's like letting the steam out of a pressure cooker"],
          "phi_terms": ["Ava", "Michelle", "Westfield High", "Brooks", "4 pm"]},
 "script": """
C: Ava, Michelle, thanks for coming in together. Michelle, you called on Monday.
O: Yeah. I found bandages in her trash. And then I saw her arm.
P: Mom, you didn't have to tell her like that.
C: Ava, it's okay. I'm not upset with you. Can you tell me about the cutting?
P: It's been like a month. On my thigh mostly. The arm was just once, last Saturday.
C: Thank you for telling me. What does it do for you, when you cut?
P: It's like letting the steam out of a pressure cooker. Everything builds up at school and then it's just, quiet, for a minute.
C: That makes sense, it's a way of getting relief fast. Are any of the cuts deep, or infected?
P: No. They're small.
C: I need to ask you something important. When you cut, are you trying to kill yourself?
P: No. I don't want to die. It just helps.
C: Have you had any thoughts of suicide, of wanting to be dead?
P: No. Honestly no.
C: Okay. And thoughts of hurting anyone else?
P: No.
C: Michelle, did Dr. Brooks see her this week?
O: Yes, on Tuesday. She diagnosed major depression, moderate. She started Ava on Prozac, twenty milligrams, every morning.
C: And Ava, you've taken it every day since?
P: Yeah. Mom watches me take it.
O: Her dad takes Lexapro, and I wondered if that would be better, but Dr. Brooks said Prozac is what they use for teens.
C: That's right, it's the most studied in teens. It'll take a few weeks. Today I'd like to work on two things. First, a safety plan, with both of you. Ava, what are the signs the urge is coming?
P: When I get home from Westfield High and go straight to my room and lock the door.
C: Okay. Michelle, part of the plan is making the house safer. Medications, including the Prozac, and razors, locked up. Can you do that tonight?
O: Tonight. Yes.
C: And Ava, who can you tell when the urge gets strong?
P: My mom, I guess. But I don't want to have a whole conversation.
C: What if you had a code word? You text it, and your mom knows to come, no questions right then.
P: Like "pineapple"?
O: Pineapple. Okay. I'll come, and I won't ask questions right then.
C: Second, skills for the pressure cooker moment. These are distress tolerance skills, ways to get through the peak without cutting. One is temperature. Holding ice, or splashing really cold water on your face, slows your body down fast.
P: Ice? That's it?
C: Try it now. Michelle, could you grab the ice pack from the fridge in the hallway?
O: Sure.
P: Okay. It's... really cold. My hands hurt a little.
C: What happens to the buzzy feeling?
P: It's kind of... paused. Huh.
C: That's the idea. So this week: when the urge comes, ice or cold water first, and you text pineapple to your mom. Michelle locks up the medications and razors tonight.
P: Okay.
O: Okay.
C: I'd like to see you again this week. Thursday at 4 pm, after school?
P: Thursday at 4 pm.
O: We'll be here.
"""},

{"id": "s23", "meta": meta("2026-04-08", "in-person", "BIRP", "individual"),
 "gold": {"medications": [M("duloxetine", "60 mg", "current")],
          "diagnoses": [D("F41.1", "generalized anxiety disorder"), D("F33.0", "major depressive disorder, recurrent, mild")],
          "risk": R("d", "d", "d"),
          "interventions": ["mindfulness", "values clarification"],
          "homework": ["do a ten-minute body scan every day", "schedule one hour with his kids doing something from his values list"],
          "next_appointment": "June 3rd at 9 am",
          "metaphors": ["like a dark cloud following me"],
          "phi_terms": ["Carlos", "Elena", "Intel", "Hillsboro", "June 3rd", "9 am"]},
 "script": """
C: Carlos, good to see you. Last time you said you'd had a rough stretch. How's this week?
P: Okay. Not great, not terrible. It's like a dark cloud following me, but it's higher up, you know? It's not sitting on my head.
C: That's a useful distinction. The depression is still around but less intense.
P: Yeah. The recurrent depression thing. The mild version, I guess.
C: That's how I'd describe it too, a mild recurrent episode, plus the generalized anxiety that's been there since your twenties. You mentioned last time that you'd read about bipolar. Do you still have questions about that?
P: Yeah, I read online that depression sometimes is actually bipolar.
C: It can be, and it's good you asked. We went over it carefully. You've never had a manic or hypomanic episode, so it's not bipolar. What you have is recurrent depression and generalized anxiety.
P: Okay. That's a relief honestly.
C: How's the Cymbalta going?
P: Sixty milligrams, same as always. I think it helps with my back too.
C: Good. And work?
P: Intel is doing layoffs in Hillsboro again, so everyone's on edge. I keep thinking I'm next.
C: Let me check in on safety before we go on. Any thoughts of suicide?
P: No.
C: Any urges to hurt yourself?
P: No.
C: Any thoughts of hurting anyone else?
P: No. Nothing like that.
C: Okay. So today I'd like to practice a mindfulness exercise. A lot of your anxiety is about the future, the layoffs, what if. Mindfulness is about bringing attention back to right now, without judging it.
P: Elena does yoga and she's always telling me to breathe. It doesn't work for me.
C: This is a little different. Let's try a short body scan. Close your eyes if you're okay with that. Notice your feet on the floor.
P: Okay.
C: Just notice, no changing anything. Now your legs, the weight of them on the chair. If your mind goes to work, notice that, and bring it back.
P: It went to work right away.
C: That's fine. Noticing that it wandered is the exercise. Bring it back to your breathing. Where do you feel it most?
P: In my chest. It's tight.
C: Just notice the tightness. Breathe with it.
P: ...
C: Okay, open your eyes. What was that like?
P: Weird. But for like thirty seconds I wasn't thinking about Intel.
C: Thirty seconds is a real start. I'd also like to come back to what matters to you, separate from the job. Last time you said the job is "who I am". What else do you care about?
P: My kids. Being a good dad. Teaching them stuff. Music, I used to play guitar.
C: If being a good dad and music are values, what's one thing this week that lives those?
P: Teaching my son a few chords. He's been asking.
C: Great. So for this week: a ten-minute body scan each day, I'll send you the recording. And one hour with your kids doing something from that list, like guitar with your son.
P: I can do that.
C: I'll be away for a few weeks, so let's book June 3rd at 9 am.
P: June 3rd at 9 am. Got it.
"""},

{"id": "s24", "meta": meta("2026-04-09", "telehealth", "DAP", "individual"),
 "gold": {"medications": [],
          "diagnoses": [D("F43.81", "prolonged grief disorder")],
          "risk": R("e", "n", "d"),
          "interventions": ["safety planning", "behavioral activation"],
          "homework": ["ask Susan to take Frank's old Ativan out of the house this week",
                       "go to the grief group at St. Joseph's on Thursday",
                       "take one short walk outside each day"],
          "next_appointment": "next Tuesday at 10 am",
          "metaphors": ["The house is a museum now"],
          "phi_terms": ["Margaret", "Frank", "October 12th", "Susan", "St. Joseph's", "10 am"]},
 "script": """
C: Hi Margaret. Can you see and hear me alright?
P: Yes, Susan set up the computer for me. I think I've got it.
C: You've got it. How have you been this week?
P: Oh, about the same. The house is a museum now. His chair, his glasses on the table. I can't move anything.
C: It's been a year and a half since Frank died, is that right?
P: October 12th, the year before last. People say it gets easier. It hasn't.
C: That's part of why we talked about prolonged grief disorder last time. Not that grieving Frank is wrong, but that the grief has stayed this intense and it's keeping you from living.
P: I understand. I just don't know how to do it without him.
C: Margaret, I want to ask you something. When you say you don't know how to do it without him, do you ever have thoughts of wanting to die?
P: Sometimes I think I'd like to just be with Frank.
C: Do you mean you wish you were dead, so you could be with him?
P: Sometimes, yes. At night mostly. I'd never do anything about it, I wouldn't do that to Susan. But I think it.
C: Thank you for telling me honestly. Have you thought about how you might end your life?
P: No. Well. Frank's old Ativan is still in the bathroom cabinet. I've thought about it being there. I haven't touched it.
C: I'm really glad you told me that. Have you ever hurt yourself on purpose?
P: No, never.
C: Okay. I'd like us to make a safety plan today, so the nights feel a bit safer. What could we do about the Ativan?
P: I suppose Susan could take it. She's been asking to clear out his things anyway.
C: Would you be willing to ask her this week?
P: Yes. I'll call her tonight.
C: And when the thoughts come at night, what helps, even a little?
P: Calling my sister. She's up late, she doesn't mind.
C: Good. Her, and Susan, and the crisis line, nine eight eight. I'll send the plan to your email so it's written down.
P: Alright.
C: The other thing I'd like to start is small. Grief tends to shrink our days. We stop going out, and then there's even less to feel good about. So we add one small activity at a time, even before you feel like it.
P: Like what?
C: You mentioned the grief group at St. Joseph's. Have you gone?
P: No. I drove there once and sat in the parking lot.
C: That was a big step. Could you go in this Thursday?
P: I could try. Maybe I'll ask Susan to come.
C: That's a great idea. And a short walk outside each day, even to the mailbox and back.
P: The mailbox I can do.
C: Let's meet next Tuesday at 10 am. And if the thoughts get stronger before then, you call nine eight eight or Susan, alright?
P: Alright. Next Tuesday at 10 am.
"""},
]
