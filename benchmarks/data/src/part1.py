from common import D, M, R, meta

SESSIONS = [
{"id": "s01", "meta": meta("2026-03-03", "in-person", "SOAP", "individual"),
 "gold": {"medications": [M("sertraline", "100 mg", "changed")],
          "diagnoses": [D("F41.1", "generalized anxiety disorder")],
          "risk": R("d", "d", "d"),
          "interventions": ["cognitive restructuring", "thought record"],
          "homework": ["keep a thought record on her phone at least once a day when the anxiety spikes"],
          "next_appointment": "next Tuesday at 3 pm",
          "metaphors": ["like carrying a backpack full of bricks"],
          "phi_terms": ["Megan", "Wells Fargo", "Rachel", "Alvarez", "the twelfth", "Kevin", "Fort Collins", "3 pm"]},
 "script": """
C: Hi Megan, come on in. How have things been since last time?
P: Um, honestly kind of up and down. Work has been a lot. We had the quarterly audit at Wells Fargo and I was there super late every night.
C: That sounds exhausting. How's the anxiety been with all that?
P: Bad. Like, it's like carrying a backpack full of bricks all day, you know? And I can't ever put it down.
C: Mm. And the worry, is it mostly about work or is it spreading to other things?
P: Everything. Work, money, my sister Rachel's wedding, whether I left the stove on. It just kind of jumps around. Dr. Alvarez said that's the generalized anxiety disorder, the way it hops from thing to thing.
C: Okay. Last time we talked about her maybe increasing your Zoloft. Did that happen?
P: Yeah, so I saw her on the, uh, the twelfth, and she bumped me up from fifty to a hundred milligrams.
C: How's the hundred been treating you?
P: The first few days I felt kind of jittery and my stomach was off, but that's settled down. I think it's helping a little. Maybe.
C: Good to hear the side effects eased. Anything else you're taking?
P: No, just that. My sister takes Prozac and she keeps telling me I should switch to that, but I'm gonna stick with what Dr. Alvarez says.
C: That makes sense, that's a conversation for you and her. I want to do the quick check-in I do every time. Any thoughts of suicide, or of wanting to be dead?
P: No. No, nothing like that.
C: Any urges to hurt yourself, cutting, anything like that?
P: No.
C: And any thoughts of hurting anyone else?
P: No, definitely not.
C: Okay, thank you. So today I'd like to go back to the thought from last time, the "if I make one mistake I'll get fired" thought. Can we look at the evidence for it?
P: Sure. I mean, the evidence for is that they fired a guy last year. Kevin. But he was, like, never showing up.
C: And what's the evidence against it?
P: I guess... I got a good review in the fall. And my manager said I'm the one she trusts with the audit stuff.
C: If a friend had that review and that feedback, what would you tell her about the one-mistake thought?
P: That it's kind of ridiculous. That one mistake isn't going to erase three years.
C: Right. So what would a more balanced thought sound like?
P: Something like, I might make mistakes, and that's normal, and my track record is good.
C: How much do you believe that one, zero to a hundred?
P: Maybe sixty? Which is more than I'd have said before.
C: That's a real shift. This is the cognitive restructuring we've been practicing: catch the thought, check the evidence, find a more balanced version.
P: Yeah. It's easier in here than at my desk though.
C: That's why I'd like you to keep a thought record this week. Every time you notice the anxiety spike, write down the situation, the thought, the evidence, and the balanced thought.
P: Okay. Can I do it on my phone?
C: Absolutely, whatever you'll actually use. Aim for at least once a day.
P: Okay, I can do that.
C: Anything else before we wrap up?
P: Just, I'm driving up to Fort Collins for Rachel's dress fitting on Saturday, so that'll be... a thing.
C: We can talk about how that went. Does next Tuesday at 3 pm still work?
P: Yes, next Tuesday at 3 pm is good.
C: Great. See you then, Megan.
"""},

{"id": "s02", "meta": meta("2026-03-05", "telehealth", "DAP", "individual"),
 "gold": {"medications": [M("escitalopram", "10 mg", "current"), M("trazodone", "50 mg", "current")],
          "diagnoses": [D("F33.1", "major depressive disorder, recurrent, moderate")],
          "risk": R("e", "d", "d"),
          "interventions": ["safety planning", "behavioral activation"],
          "homework": ["walk the dog around the block three times this week", "save the safety plan on his phone"],
          "next_appointment": "Thursday at 10 am",
          "metaphors": ["it's like I'm drowning before my feet even hit the floor"],
          "phi_terms": ["Daniel", "Amazon", "2 AM", "Luis", "Mercy", "10 am"]},
 "script": """
C: Hi Daniel, can you hear me okay?
P: Yeah, yeah I can hear you. Sorry, my camera's being weird. There we go.
C: There you are. How's the week been?
P: Honestly not great. I've been in bed a lot. I called out at Amazon twice.
C: Tell me more about being in bed a lot.
P: I just, I wake up and it's like I'm drowning before my feet even hit the floor. Everything is heavy.
C: That sounds really hard. Is this like the episodes you've had before?
P: Yeah, it's the same thing. It's like the third time now.
C: It does fit with what we've been treating, the major depressive disorder, recurrent. It comes back in episodes. This one sounds moderate to me, not where you were two years ago.
P: Yeah, two years ago was way worse.
C: Are you still taking the Lexapro?
P: Yeah, ten milligrams every morning. I haven't missed any. And the trazodone at night, the fifty.
C: Is the trazodone helping you sleep?
P: I fall asleep, yeah. I just don't want to get up.
C: Daniel, I want to ask you directly, because it matters. When things get this heavy, do you have any thoughts of killing yourself?
P: I don't want to kill myself. But sometimes I wish I just wouldn't wake up. Like if I just didn't, that would be okay.
C: Thank you for telling me that. How often are you having that thought?
P: Couple times this week. Mostly at night.
C: Have you thought about any way you would end your life, or made any plan?
P: No. No plan. I wouldn't do that to my mom.
C: Okay. Any urges to hurt yourself, like cutting or hitting yourself?
P: No, never been into that.
C: And any thoughts of hurting someone else?
P: No.
C: Okay. I'd like us to update your safety plan together right now. What are the warning signs that the night thoughts are getting worse?
P: When I start scrolling at like 2 AM and I'm not even reading anything.
C: Good, that's a clear one. And who can you reach out to?
P: My mom. And my buddy Luis, he gets it.
C: Okay. And the crisis line, nine eight eight, goes on there too. Can you save this plan on your phone?
P: Yeah, I'll screenshot it.
C: I also want to get you moving a little. With depression we wait to feel motivated before we do things, but it works the other way round. Activity first, then the mood follows.
P: Yeah, I've heard you say that.
C: So what's one small thing, really small, you could do three times this week?
P: I could walk the dog around the block. He's been giving me the look.
C: Walking the dog around the block, three times this week. Let's write that down.
P: Okay.
C: And if the thoughts of not waking up get stronger, or a plan shows up, you call nine eight eight or go to the ER at Mercy, okay?
P: Okay. I will.
C: Can we meet again Thursday at 10 am?
P: Thursday at 10 am works.
C: Good. Take care of yourself, Daniel.
"""},

{"id": "s03", "meta": meta("2026-03-09", "in-person", "BIRP", "individual"),
 "gold": {"medications": [M("prazosin", "1 mg", "started"), M("sertraline", "150 mg", "current")],
          "diagnoses": [D("F43.10", "post-traumatic stress disorder, unspecified")],
          "risk": R("d", "d", "d"),
          "interventions": ["grounding", "trauma narrative"],
          "homework": ["listen to the recording of the trauma narrative once a day and rate distress before and after",
                       "use the five-four-three-two-one grounding when triggered in the car"],
          "next_appointment": "two weeks from today, same time",
          "metaphors": ["my brain is a smoke alarm that goes off every time someone makes toast"],
          "phi_terms": ["Jasmine", "I-25", "Denver", "Kim", "Colfax", "Aaron"]},
 "script": """
C: Jasmine, good to see you. How did the week go?
P: It was rough at the start. There was a crash on I-25 coming into Denver on Monday, I drove right past it and I just, I lost it.
C: What happened in your body when you saw it?
P: My hands went numb, I couldn't breathe right. It's like my brain is a smoke alarm that goes off every time someone makes toast.
C: That makes a lot of sense.
P: Yeah. My PTSD has been loud this week.
C: How have the nightmares been?
P: Still bad. But Dr. Kim started me on something for them. Prazosin? One milligram at bedtime.
C: When did you start that?
P: Thursday. I think I slept a bit better last night, but it's early.
C: And are you still on the Zoloft?
P: Yeah, a hundred and fifty. Same as before.
C: Okay. I want to check on safety like I always do. Any thoughts of suicide lately?
P: No. Not this time.
C: Any self-harm? I know that was something in the past.
P: Back in college I cut, but not for years. I haven't even wanted to.
C: That's important. And with how angry you've been at the other driver, any thoughts of hurting him, or anyone?
P: No. I get mad, but I'd never hurt anyone.
C: Okay, thank you. Before we go into the memory today, let's practice grounding. Can you name five things you can see right now?
P: Um, the lamp, your plant, the clock, the blue pillow, my shoes.
C: Four things you can feel?
P: The couch, my sleeves, my feet on the floor, the cold water bottle.
C: How's the anxiety now, zero to ten?
P: Like a four. It was a six when I came in.
C: Good. Today I'd like to keep working on your trauma narrative, picking up where we left off, right after the impact on Colfax.
P: Okay. So... the car stopped spinning and I could smell the airbag, like burnt powder. And I looked over and Aaron wasn't moving.
C: Stay with it. What happened next?
P: I kept saying his name. And then a woman knocked on the window and said help was coming. It felt like hours, but it was probably four minutes.
C: You're doing it. What are you noticing now?
P: My chest is tight. But I'm here. I'm on your couch.
C: Yes, you're here. You stayed with the memory, and you're okay. How much distress right now?
P: Seven. But it's going down.
C: That's the pattern we want. For homework, I'd like you to listen to the recording of today's narrative once a day, and use the five-four-three-two-one grounding when you get triggered in the car.
P: Okay. Every day?
C: Once a day, yeah. And write down your distress before and after.
P: I can do that.
C: Let's meet two weeks from today, same time.
P: Two weeks from today. Okay.
"""},

{"id": "s04", "meta": meta("2026-03-10", "telehealth", "SOAP", "individual"),
 "gold": {"medications": [M("lamotrigine", "150 mg", "changed"), M("quetiapine", None, "stopped")],
          "diagnoses": [D("F31.81", "bipolar II disorder")],
          "risk": R("d", "n", "n"),
          "interventions": ["psychoeducation", "sleep hygiene"],
          "homework": ["keep a regular sleep schedule: bed at eleven thirty, up at seven thirty, weekends included, no screens in bed, no caffeine after lunch",
                       "fill out the mood chart every evening (mood, hours slept, anything unusual)"],
          "next_appointment": "the ninth at 4:30",
          "metaphors": ["My mood is a yo-yo"],
          "phi_terms": ["Priya", "Edison", "Okafor", "Eleven thirty", "seven thirty", "the ninth", "4:30"]},
 "script": """
C: Hi Priya. Looks like the connection's good today.
P: Yeah, finally. I'm at my parents' place in Edison, their wifi's better.
C: Good. So catch me up, how's the mood been?
P: Kind of all over. My mood is a yo-yo this month. Two weeks ago I was doing great, like barely sleeping and starting three projects, and now I'm kind of flat.
C: Mm. When you say barely sleeping, how many hours?
P: Like four? And I didn't feel tired at all, which, I know, is a red flag.
C: It is, and good that you caught it. That fits with the bipolar two diagnosis, the hypomanic stretch and then the crash afterward.
P: Yeah. I hate that it's so predictable.
C: Did you get to see Dr. Okafor about the meds?
P: I did. She raised the Lamictal. I was on a hundred and now it's a hundred and fifty.
C: How's that going?
P: Fine so far. No rash, which she made me promise to watch for.
C: Good. And the Seroquel?
P: I stopped the Seroquel. It made me a total zombie in the mornings. She was okay with it since I was only taking it when I couldn't sleep.
C: Okay, so no Seroquel now, and the Lamictal at one fifty.
P: Right.
C: You mentioned your dad last time, with his own depression. Has that been on your mind?
P: A little. He had depression his whole life and never got help. I don't want to be him.
C: That's a fair worry. I want to ask, with the flat mood this week, any thoughts of suicide?
P: No. I'm tired and bored of myself, but no.
C: Okay. Let's talk about sleep, because with bipolar disorder sleep is one of the biggest levers. Even one or two short nights can tip someone toward hypomania.
P: Seriously? Just from sleep?
C: Yeah. A regular sleep and wake time protects your mood more than almost anything else. So: same bedtime, same wake time, including weekends, no screens in bed, and a caffeine cutoff after lunch.
P: Weekends too? Ugh. Okay.
C: What bedtime is realistic?
P: Eleven thirty, I guess. And up at seven thirty.
C: Great. And I'd like you to fill out the mood chart every evening: mood from zero to ten, hours slept, and anything unusual.
P: I still have the app, I'll use that.
C: Perfect. Anything else we should cover?
P: No, I think that's it. I have to go help my mom with dinner.
C: Let's meet on the ninth at 4:30, does that work?
P: The ninth at 4:30, yes.
C: See you then.
"""},

{"id": "s05", "meta": meta("2026-03-11", "in-person", "BIRP", "couples"),
 "gold": {"medications": [], "diagnoses": [],
          "risk": R("n", "n", "n"),
          "interventions": ["communication skills training", "role play"],
          "homework": ["ten-minute check-in at 6:45 in the morning, five days this week, phones away, using I statements and reflecting back",
                       "talk about any schedule change with each other before saying yes"],
          "next_appointment": "Next Wednesday at 6 pm",
          "metaphors": ["We're like two ships passing in the night"],
          "phi_terms": ["Sarah", "Tom", "Home Depot", "Dave", "midnight", "6:45", "6 pm"]},
 "script": """
C: So, Sarah, Tom, welcome back. Where would you like to start today?
P: I guess with Sunday. We had another fight about the schedule.
O: It wasn't really a fight.
P: It was a fight, Tom.
C: Let's slow down. Sarah, what happened on Sunday from your side?
P: He picked up another shift at Home Depot without asking me, and I found out from his mom. We're like two ships passing in the night. I go to work, he comes home, I'm asleep.
O: I did it because we need the money. The car payment's due.
C: Tom, it sounds like the money pressure is real for you. And Sarah, it sounds like what hurt was hearing it from his mom.
P: Yes. Exactly. It's not the shift, it's being the last to know.
O: I didn't think of it like that.
C: I'd like to practice something we touched on last week, the speaker-listener technique. One person speaks using I statements, the other reflects back before responding. Sarah, would you go first?
P: Okay. Um. I feel left out when you make plans without me, because it makes me feel like I'm not part of the decision.
C: Tom, can you reflect back what you heard, without adding your side yet?
O: You feel left out when I make decisions without you. Like you're not part of it.
C: Sarah, is that right?
P: Yeah. Yeah, that's it.
C: Now Tom, your turn. An I statement.
O: I feel stressed about money, and when I bring it up it feels like I'm being nagged, so I just... do stuff.
P: You feel stressed about money, and bringing it up feels like a fight, so you handle it yourself.
O: Yeah.
C: How was that, for both of you?
O: Weird. But better than yelling.
P: It feels so slow. But he actually heard me.
C: Slow is kind of the point. Now let's try a role play of a harder moment. Tom, pretend you just got offered another shift, and you're calling Sarah before you say yes. Sarah, react how you really would.
O: Okay. Hey, um, Dave asked if I can take Saturday. I wanted to check with you first.
P: Honestly? I'd be kind of shocked. But okay, what does Saturday look like? We had my sister's birthday lunch.
O: Right, I forgot. I'll tell him I can do Sunday instead.
C: How did that feel compared to last Sunday?
P: Totally different. I didn't feel ambushed.
O: And I didn't feel like I was asking permission, it was just... a heads up.
C: That's a big difference. For this week, I'd like you two to do a ten-minute check-in every night, phones away. Use the I statements and the reflecting.
O: Every night? I get home at like midnight.
C: What's realistic?
O: Maybe the mornings, before she leaves. Like 6:45.
P: I could do 6:45 if you're actually up.
C: Okay, a ten-minute check-in at 6:45 in the morning, five days this week. And any schedule change gets talked about before either of you says yes.
O: Deal.
C: Next Wednesday at 6 pm?
P: Next Wednesday at 6 pm works.
O: Yeah, I'm off that day.
"""},

{"id": "s06", "meta": meta("2026-03-12", "telehealth", "DAP", "family"),
 "gold": {"medications": [M("methylphenidate", "36 mg", "started")],
          "diagnoses": [D("F90.0", "attention-deficit hyperactivity disorder, predominantly inattentive type")],
          "risk": R("d", "n", "d"),
          "interventions": ["psychoeducation", "problem solving"],
          "homework": ["put finished assignments in a red folder and check it every morning in first period",
                       "mom does not check his backpack every night"],
          "next_appointment": "Monday at 4 pm",
          "metaphors": ["My brain's like a TV with someone else holding the remote"],
          "phi_terms": ["Ethan", "Laura", "Shah", "Jefferson High", "4 pm"]},
 "script": """
C: Hi Ethan, hi Laura. I can see you both. Ethan, you're kind of half in the frame.
P: Sorry. Is that better?
C: Perfect. So, how have the last two weeks been?
O: Well, the big news is Dr. Shah started him on Concerta. Thirty-six milligrams, every morning before school.
C: Okay. Ethan, how's that been for you?
P: It's fine. I don't feel super different. Maybe in chemistry I can actually follow stuff.
O: His teacher emailed that he turned in two labs on time. That has never happened.
P: Mom.
O: What? It's good!
C: It is good. Any side effects? Appetite, sleep?
P: I'm not hungry at lunch. Like, at all.
O: He's eating a ton at night though.
C: That's really common with stimulants. Worth mentioning to Dr. Shah, but it's not unusual. Is he on anything else?
O: No, just that. He's never been on Adderall or anything, this is the first one. I take Xanax myself when I fly, but that's me.
C: Got it. Ethan, the ADHD, the inattentive type, isn't about being lazy or not smart. It's that the brain's attention and planning system, the executive function part, works differently. The medication helps, but it doesn't teach skills.
P: Yeah. My brain's like a TV with someone else holding the remote.
C: That's a great way to put it. So let's work on the remote. What's the biggest problem right now at school?
P: Forgetting assignments. Like, I do them and then they sit in my backpack for a week.
C: Okay, let's problem solve that. What are some options, even silly ones?
P: Um, I could take a picture of everything I finish. Or put it in the front pocket.
O: Or a folder. A bright one.
C: Good, let's list them all: photo, front pocket, bright folder. Which one do you think would actually work?
P: The folder. A red one. And I check it in first period.
C: Great, so the red folder, checked every morning in first period. And what if it doesn't work?
P: Then we try the photo thing.
C: Perfect, that's exactly how problem solving works. Laura, your part is to not check his backpack every night.
O: That's going to be hard.
P: Please, Mom.
O: Okay. Okay.
C: Ethan, I ask everyone this. Any thoughts of suicide, or of hurting yourself?
P: No. No, I'm fine.
C: Okay. Laura, could you step out for a minute so I can check in with Ethan privately?
O: Sure, I'll be in the kitchen.
C: Ethan, just us now. Anything you didn't want to say with your mom here?
P: No, honestly. I'm good. Just stressed about finals at Jefferson High, that's all.
C: Okay. Let's meet Monday at 4 pm, after school. Can you let your mom know?
P: Monday at 4 pm. Yeah.
"""},
]
