from common import D, M, R, meta

SESSIONS = [
{"id": "s31", "meta": meta("2026-04-29", "in-person", "SOAP", "couples"),
 "gold": {"medications": [M("atomoxetine", "40 mg", "current")],
          "diagnoses": [D("F90.9", "attention-deficit hyperactivity disorder, unspecified type")],
          "risk": R("n", "n", "n"),
          "interventions": ["psychoeducation", "communication skills training", "problem solving"],
          "homework": ["set up a shared calendar", "hold a fifteen-minute planning meeting every Sunday night"],
          "next_appointment": "Wednesday the 6th at 7 pm",
          "metaphors": ["My memory is a sieve"],
          "phi_terms": ["Ryan", "Chloe", "the 6th", "7 pm"]},
 "script": """
C: Ryan, Chloe, good to see you both. Where should we start?
O: The dentist thing. Can I start with the dentist thing?
P: Here we go.
O: He was supposed to pick up our daughter from the dentist on Friday. He forgot. The office called me at work.
P: I didn't forget forget. I had it in my head, and then I got a call from a client, and it was gone. My memory is a sieve, I know.
C: Chloe, what was that like for you?
O: Honestly, I'm exhausted. I feel like his mom sometimes. I remember everything for everyone.
C: And Ryan, what's it like to hear that?
P: It sucks. I don't want her to feel like that. I'm not doing it on purpose.
C: Let me say something about the ADHD, because I think it helps to have a shared understanding. ADHD affects working memory and time, not caring. Ryan can care a lot about something and still lose track of it. And Chloe, it's completely understandable that you end up carrying the load.
O: I know it's not on purpose. My brother has ADHD too, he's on Vyvanse, and he's the same. But knowing doesn't make me less tired.
C: Both things are true. Ryan, are you still taking the Strattera?
P: Yeah, forty milligrams, every morning. It helps with focus at work. It doesn't help with remembering stuff at home, though.
C: So we need systems, not willpower. Before we solve it, let's make sure you're hearing each other. Chloe, can you say what you need, starting with I?
O: I need to not be the only one holding the schedule for our family.
C: Ryan, what did you hear?
P: You need me to hold some of the schedule too. So you're not doing everything.
O: Yeah.
C: Ryan, your turn.
P: I need reminders that don't feel like nagging. When you remind me it feels like I'm a screw-up.
O: You need reminders, but not from me, because it makes you feel like you failed.
P: Yeah. Exactly.
C: Great listening, both of you. So let's problem solve. What are some options for the schedule?
P: A shared calendar. With alerts on my phone. Like, loud ones.
O: And we actually look at the week together. Sunday night, maybe.
C: What would make the Sunday meeting actually happen?
O: Fifteen minutes. After the kids are in bed. With wine.
P: I'm in for the wine part.
C: So: set up a shared calendar this week, with alerts for Ryan, and a fifteen-minute planning meeting every Sunday night.
P: I'll set up the calendar tonight. Before I forget.
O: See, he's learning.
C: Let's meet Wednesday the 6th at 7 pm.
O: Wednesday the 6th at 7 pm. Ryan, put it in the calendar.
P: Already doing it.
"""},

{"id": "s32", "meta": meta("2026-04-30", "in-person", "BIRP", "family"),
 "gold": {"medications": [M("escitalopram", "15 mg", "changed")],
          "diagnoses": [D("F32.1", "major depressive disorder, single episode, moderate")],
          "risk": R("d", "d", "d"),
          "interventions": ["interpersonal effectiveness skills", "communication skills training"],
          "homework": ["Sofia uses DEAR MAN to ask her mom for one scheduled call a week",
                       "one Sunday evening phone call instead of daily texts about grades"],
          "next_appointment": "Friday at 3 pm",
          "metaphors": ["like living in a fishbowl"],
          "phi_terms": ["Sofia", "Carmen", "Purdue", "Ortiz", "3 pm"]},
 "script": """
C: Sofia, Carmen, thank you both for coming in. Sofia, you're home from Purdue for the week?
P: Yeah. Spring break.
O: And I wanted to come because I'm worried about her. She doesn't tell me anything.
P: Because you check my grades every day, Mom. It's like living in a fishbowl.
C: It sounds like you both want something here. Let me catch up on the medical side first. Sofia, how's the depression been?
P: Better, a little. Dr. Ortiz upped my Lexapro. From ten to fifteen milligrams. About three weeks ago.
O: I take Lexapro too, actually. Twenty. It took a while to work for me.
C: Sofia, how's the increase been treating you?
P: Fine. I sleep better. I'm less, like, heavy.
C: And Dr. Ortiz still has you down as major depression, single episode, moderate?
P: Yeah. She said at first she wanted to rule out bipolar, but it's not bipolar, I've never had anything like mania.
C: Okay. I want to check on safety, like always. Any thoughts of suicide lately?
P: No.
C: Any self-harm?
P: I used to cut in high school. I haven't since I started college. Not once.
O: I didn't know that.
P: Mom. This is why I didn't tell you.
C: Carmen, I can see this is hard to hear. Sofia, thank you for being honest. And you haven't wanted to lately?
P: No. Not at all.
C: And any thoughts of hurting anyone else?
P: No.
C: Okay. Carmen, what's behind checking the grades?
O: I'm scared. Last fall she stopped answering my calls for a week, and I found out she wasn't going to class. I can't go through that again.
P: But checking every day makes me want to tell you less.
C: So Carmen, checking feels like safety. And Sofia, it feels like being watched. Let's try a skill. It's called DEAR MAN, it's an interpersonal effectiveness skill for asking for what you need. Describe, express, assert, reinforce. Sofia, want to try?
P: Okay. Um. Describe: you check my grades every day and text me about them. Express: I feel like you don't trust me, and it makes me shut down. Assert: I'd like you to stop checking, and instead we have one call a week where I tell you how things are going. Reinforce: if we do that, I'll actually talk to you.
C: Carmen, what did you hear?
O: You want me to stop checking your grades, and you'll talk to me on a weekly call instead. And you feel like I don't trust you.
P: Yeah.
O: But what if something's wrong?
C: That's a fair question. Can you ask Sofia what would make you feel safe enough to stop checking?
O: Sofia, if things get bad again, would you tell me? Or tell Dr. Ortiz?
P: Yes. I promise. I'd tell you on the call.
C: Can you agree to try it for a month?
O: A month. Okay. One call a week. Sunday evening?
P: Sunday evening works.
C: So Sofia uses DEAR MAN for the ask, and you both do one Sunday evening call instead of daily texts about grades. Let's meet again Friday at 3 pm, before Sofia goes back.
P: Friday at 3 pm.
O: We'll be here.
"""},

{"id": "s33", "meta": meta("2026-05-04", "telehealth", "DAP", "individual"),
 "gold": {"medications": [M("venlafaxine", "150 mg", "changed")],
          "diagnoses": [D("F34.1", "persistent depressive disorder (dysthymia)")],
          "risk": R("d", "n", "d"),
          "interventions": ["cognitive restructuring", "thought record", "behavioral activation"],
          "homework": ["fill out a thought record three times this week", "schedule one social plan with a friend"],
          "next_appointment": "Next Monday at 6 pm",
          "metaphors": ["like living in grayscale"],
          "phi_terms": ["Kevin", "Kaiser", "Lin", "Sacramento", "Tina", "6 pm"]},
 "script": """
C: Hi Kevin. Are you at home or still at work?
P: Home. I left Kaiser early, I had some comp time. So I'm on the couch.
C: Great. How have things been this week?
P: Same as always, honestly. Not terrible. Just... it's like living in grayscale. Nothing's bad, nothing's good.
C: And that's been the pattern for a long time, right?
P: Years. Since like high school. That's why Dr. Lin said it's persistent depressive disorder. Dysthymia. It's not a big crash, it's just always there.
C: Right. Did she make any changes to your medication?
P: Yeah. She raised the Effexor. I was on seventy-five, now I'm on a hundred and fifty. Started that on Tuesday.
C: Any side effects so far?
P: A little sweaty. That's it.
C: Okay. And she mentioned testing you for ADHD last time?
P: Yeah, they tested me. I don't have ADHD. So that's one thing off the list.
C: Let me check in about safety. Do you have thoughts of killing yourself?
P: No. I mean, not like... no. I just feel blah. I don't want to die.
C: Okay. Any urges to hurt yourself?
P: No.
C: Good. So you said nothing's good. Let's look at that. What happened this week that was even a little bit okay?
P: I don't know. Tina invited me to a barbecue on Saturday. I didn't go.
C: What went through your mind when she invited you?
P: That I'd just be a downer. That nobody actually wants me there, she's just being polite.
C: Those are big predictions. What's the evidence that nobody wants you there?
P: None, really. Tina's invited me like four times.
C: And the evidence against?
P: She keeps inviting me. And last time I went, to the thing in Sacramento, people were nice. Someone asked for my number.
C: So what's a more balanced thought?
P: Maybe... people like me okay, and I feel awkward, but that doesn't mean I'm a downer.
C: How much do you believe that?
P: Fifty. Maybe.
C: That's the thought record process. Situation, thought, evidence, balanced thought. I'd like you to fill out a thought record three times this week when you notice the grayscale feeling.
P: Three times. Okay.
C: And the other part. With long-term depression, we often stop doing things, and life gets smaller. Part of getting better is doing things before you feel like it.
P: So, go to the barbecue.
C: Or the next thing like it. Could you schedule one social plan with a friend this week?
P: I'll text Tina. She's doing trivia Thursday.
C: Great. So three thought records and trivia with Tina. Next Monday at 6 pm?
P: Next Monday at 6 pm works.
"""},

{"id": "s34", "meta": meta("2026-05-05", "in-person", "SOAP", "individual"),
 "gold": {"medications": [M("alprazolam", None, "stopped"), M("paroxetine", None, "stopped"),
                          M("sertraline", "50 mg", "started")],
          "diagnoses": [D("F40.01", "agoraphobia with panic disorder")],
          "risk": R("d", "d", "d"),
          "interventions": ["exposure", "mindfulness"],
          "homework": ["drive to the grocery store alone and stay inside for ten minutes, three times this week",
                       "five minutes of mindful breathing every morning"],
          "next_appointment": "Tuesday at 9:15",
          "metaphors": ["like the walls were closing in"],
          "phi_terms": ["Lauren", "Safeway", "Goldberg", "Ashley", "9:15"]},
 "script": """
C: Lauren, welcome back. You drove here yourself today?
P: I did. My hands were sweating the whole way, but I did it.
C: That's huge. Last month you couldn't drive past the end of your street.
P: I know. It still feels like a big deal.
C: How's the panic been?
P: Fewer attacks. Two this week. One at Safeway, in the back by the frozen stuff. It was like the walls were closing in.
C: What did you do?
P: I wanted to leave the cart and run. But I stayed, like we practiced. I stood there and breathed. It went away after maybe five minutes.
C: You stayed. That's exactly what teaches your brain the store is safe. How are the medications?
P: So, big changes. Dr. Goldberg tapered me off the Xanax. I'm done with it as of last week, no more.
C: How has that been?
P: Scary at first. I kept reaching for it. But I'm okay.
C: And the Paxil?
P: She switched me. No more Paxil, I'm off it completely. I'm on Zoloft now, fifty milligrams. I started it about ten days ago.
C: How are you tolerating it?
P: A little nausea. Better than the Paxil, that made me so tired.
C: Okay. So we're working with the agoraphobia with panic disorder diagnosis, and you're doing exactly what helps. Let me check on safety. Any thoughts of suicide?
P: No.
C: Any thoughts of hurting yourself?
P: No.
C: Any thoughts of hurting someone else?
P: No. My sister Ashley jokes that I'm too nice for that.
C: Ha. Okay. Let's look at your list, the exposure hierarchy. Where are we?
P: Driving to your office is checked. Standing in line at the bank is checked. Next is the grocery store alone, staying inside for ten minutes.
C: How scary is that, zero to a hundred?
P: Seventy.
C: Let's plan it. Three times this week, drive to the grocery store alone, go inside, stay at least ten minutes, and don't leave until your anxiety comes down at least halfway.
P: What if I have an attack?
C: Then you have an attack, in the store, and you stay, and it passes, like at Safeway. That's the practice.
P: Okay. Seventy is doable.
C: And let's practice one more tool, mindfulness. Not to make the anxiety go away, but to notice it without fighting it. Close your eyes. Notice your breath going in and out.
P: Okay.
C: When a thought shows up, like "what if I panic", just label it, thinking, and come back to the breath.
P: Thinking. Thinking. Ha, there's a lot of thinking.
C: That's fine. Noticing is the skill. Let's do a couple of minutes.
P: ...
C: How was that?
P: Calmer. I didn't realize how fast I was breathing.
C: Five minutes of that every morning this week, plus the three store trips.
P: Okay. Every morning.
C: Tuesday at 9:15 for next time?
P: Tuesday at 9:15. I'll drive.
"""},

{"id": "s35", "meta": meta("2026-05-06", "in-person", "DAP", "individual"),
 "gold": {"medications": [],
          "diagnoses": [],
          "risk": R("d", "e", "d"),
          "interventions": ["safety planning", "distress tolerance skills"],
          "homework": ["leave the car keys with Denise when the thoughts about Derek get loud",
                       "use the paced breathing and leave the situation when anger reaches eight out of ten"],
          "next_appointment": "Friday at 11 am",
          "metaphors": ["It's like a wildfire in my chest"],
          "phi_terms": ["Vanessa", "Derek", "Denise", "Home Depot", "Riverside", "11 am"]},
 "script": """
C: Vanessa, hi. You said on the phone you wanted to talk about something specific today.
P: Yeah. It's about Derek. He showed up at my cousin Denise's party last weekend. With his new girlfriend.
C: That must have been a lot, after everything with the divorce.
P: It was. It's like a wildfire in my chest. I couldn't even look at him.
C: What happened after the party?
P: I went home and I couldn't stop thinking about him. And this is going to sound bad.
C: You can tell me. I'd rather know.
P: Sometimes I think about hurting him. Like, really hurting him. I picture running him over with my car in the Home Depot parking lot in Riverside, where he works.
C: Thank you for being honest about that. I want to understand it better. How often do these thoughts come?
P: A few times a week. Mostly at night, when I'm alone.
C: Have you made any plan to actually do it, or gone looking for him?
P: No. No. I drove past his work once, last month. But I didn't stop. I just wanted to see if his truck was there.
C: Do you intend to act on these thoughts?
P: No. I don't want to go to prison. I have my kids. But the thoughts scare me.
C: Do you have access to any weapons, like a gun?
P: No. Nothing like that in the house.
C: Okay. And have you had any thoughts of suicide, or of hurting yourself?
P: No. None. It's all aimed at him.
C: Okay. Vanessa, I'm glad you brought this here. Having thoughts of hurting someone is something we take seriously, and we can work on it. Let's make a plan for the times when the thoughts get loud. What are the warning signs?
P: Being alone at night. Looking at his Instagram. Drinking a glass of wine and then another.
C: What could you do instead in those moments?
P: Block him on Instagram. I should've done that months ago.
C: And the car? You mentioned driving past his work.
P: I could give my keys to Denise at night. She lives next door. She'd get it.
C: Would you be willing to do that when the thoughts are strong?
P: Yes. That actually makes me feel safer.
C: And when the anger is at its peak, the wildfire, we can use some distress tolerance skills. One is paced breathing, breathing out longer than you breathe in. Let's try it. In for four.
P: Okay.
C: And out for eight. Again.
P: ...Okay. It slows things down a little.
C: The other one is leaving the situation. If you're at something where he is and you hit an eight out of ten, you leave. Not forever, just to cool down.
P: I can do that.
C: So: block him, keys to Denise when the thoughts get loud, paced breathing, and leave when you're at an eight. If you ever feel like you might act on the thoughts, you call me or nine one one.
P: Okay. I will.
C: Let's meet again Friday at 11 am.
P: Friday at 11 am. Thank you. I was scared to say it.
C: I'm really glad you did.
"""},

{"id": "s36", "meta": meta("2026-05-07", "telehealth", "SOAP", "individual"),
 "gold": {"medications": [M("bupropion", "150 mg", "started"), M("clonazepam", "1 mg", "current")],
          "diagnoses": [D("F33.1", "major depressive disorder, recurrent, moderate")],
          "risk": R("d", "d", "n"),
          "interventions": ["behavioral activation", "values clarification"],
          "homework": ["schedule two activities from the values list this week", "rate mood before and after each activity"],
          "next_appointment": "Thursday the 14th at 2:30",
          "metaphors": ["I'm stuck in quicksand"],
          "phi_terms": ["Alex", "Rivera", "Spokane", "Jordan", "the 14th", "2:30"]},
 "script": """
C: Hi Alex. How's the connection on your end?
P: It's fine. I'm in my car outside the pharmacy. I just picked up the new prescription.
C: Oh, the one Dr. Rivera mentioned?
P: Yeah. So she started me on Wellbutrin XL. A hundred and fifty milligrams in the morning. First dose was yesterday.
C: Okay. And the rest stays the same?
P: Yeah, still the Klonopin at night, the one milligram. She didn't want to change that yet.
C: Okay. Last time you mentioned she'd talked about lithium?
P: No, that was my uncle. He's on lithium. I never took lithium. She mentioned maybe trying Abilify down the road, if the Wellbutrin doesn't do enough. But that's just a maybe.
C: Got it. So how have you been feeling?
P: Stuck. I'm stuck in quicksand, and every time I try to get out, I sink further.
C: That's the recurrent depression talking, it's the third episode, and this one's been moderate, like the others. What's been the hardest part?
P: Work. I moved to Spokane for this job, and I don't know anybody. I go to work, come home, lie on the couch.
C: Any thoughts of suicide, of wanting to be dead?
P: No. No, it's not like that. I'm just flat.
C: Any thoughts of hurting anyone else?
P: No, not at all.
C: Okay. You said you go to work, come home, and lie on the couch. If you weren't depressed, what would you be doing with your evenings?
P: Climbing. I used to climb three nights a week back home. And I played in a band. Bass.
C: What did those give you?
P: Climbing, like, feeling strong. Being part of something. The band was friends, creativity.
C: So being strong, community, and creativity. Those sound like values.
P: I guess. I haven't thought about it like that.
C: When we're depressed we wait until we feel motivated. But motivation usually comes after action, not before. So what's one thing, connected to strength or community, you could do this week?
P: There's a climbing gym near my apartment. I haven't even gone in.
C: What would make it more likely you'd go?
P: If I put it in my calendar. And maybe text Jordan, my coworker, he climbs.
C: Great. How about two activities from that list this week. And rate your mood before and after, zero to ten.
P: Two things. Okay. Climbing gym, and... maybe look for a band thing online.
C: Sounds good. Could we meet Thursday the 14th at 2:30?
P: Thursday the 14th at 2:30. Yeah.
C: Okay. And drive safe.
"""},
]
