from common import D, M, R, meta

SESSIONS = [
{"id": "s25", "meta": meta("2026-04-13", "in-person", "SOAP", "individual"),
 "gold": {"medications": [M("bupropion", None, "stopped")],
          "diagnoses": [D("F12.20", "cannabis use disorder, moderate")],
          "risk": R("d", "d", "d"),
          "interventions": ["motivational interviewing", "problem solving"],
          "homework": ["no weed before dinner on workdays", "track every use in the notes app"],
          "next_appointment": "Monday at 3 pm",
          "metaphors": ["Weed is like a warm blanket"],
          "phi_terms": ["Jake", "Starbucks", "Mia", "Portland", "3 pm"]},
 "script": """
C: Jake, hey. How's it going?
P: Good, good. Tired. I had an opening shift at Starbucks, so I've been up since, like, forever.
C: Last time you said you wanted to think about the weed. Where are you with that?
P: Honestly? I don't know. I still smoke most nights. And, uh, mornings sometimes, before work.
C: Okay. What does it do for you?
P: It calms me down. Weed is like a warm blanket, you know? Everything's just softer.
C: Softer. And what's the not-so-good side?
P: I'm kind of foggy all the time. I forgot to pick up Mia from the airport last week. She was pretty mad.
C: That sounds like it mattered to you.
P: Yeah, it did. She waited like an hour.
C: You've mentioned the fog, and Mia. When we looked at it together, it fit cannabis use disorder, moderate. How do you feel about that now?
P: I mean, I rolled my eyes at first. But yeah. I can't really go a day without it.
C: What about medications, anything going on there?
P: Oh, I stopped the Wellbutrin. Like a month ago. It wasn't doing anything, so I just quit taking it.
C: Did you tell your doctor?
P: Not yet. I should.
C: It would be good to let her know. So on a scale of zero to ten, how important is it to you to change how much you smoke?
P: Maybe a six.
C: Why a six and not a three?
P: Because of Mia. And because I want to go back to school, and I can't do that foggy.
C: So your relationship and school matter. How would things look if you cut back?
P: I'd remember stuff. I'd probably save like two hundred bucks a month.
C: And what would you miss?
P: The calm. Honestly I don't know how to chill without it.
C: That's an important thing to know. What if we looked at cutting back first, rather than quitting?
P: That I could maybe do. Like, not in the morning.
C: Okay, let's problem solve around that. What makes the morning one happen?
P: I have a vape pen by the bed. I wake up, it's right there.
C: What are some options?
P: Leave it in the car? Or give it to Mia in the morning. Or just not buy cartridges.
C: Which one would actually work for you?
P: The car. It's a pain to go out there, so I probably won't.
C: Okay. So the pen lives in the car, and no weed before dinner on workdays. And would you track it?
P: Yeah, I'll put it in my notes app. Every time.
C: Sounds like a plan. And anything else going on, any thoughts of suicide, or of wanting to hurt yourself?
P: No. I'm good, man.
C: Any thoughts of hurting anyone else?
P: Nope.
C: Okay. I was thinking of the community college program here in Portland you mentioned. We can look at that next time. Monday at 3 pm?
P: Monday at 3 pm. I'm off that day.
"""},

{"id": "s26", "meta": meta("2026-04-14", "telehealth", "BIRP", "couples"),
 "gold": {"medications": [M("buspirone", "15 mg", "current")],
          "diagnoses": [D("F41.1", "generalized anxiety disorder")],
          "risk": R("n", "n", "n"),
          "interventions": ["communication skills training", "problem solving"],
          "homework": ["hold a thirty-minute money meeting once this week", "each partner writes down their top three money fears before the meeting"],
          "next_appointment": "Saturday at 9:30 am",
          "metaphors": ["Money is a landmine for us"],
          "phi_terms": ["Nina", "Josh", "Lake Tahoe", "August 22nd", "9:30 am"]},
 "script": """
C: Hi Nina, hi Josh. Looks like you're both on the couch today.
O: Yep, same couch. That's progress.
P: Ha. Yeah.
C: How have the last two weeks been?
P: Mostly good. Except money. Money is a landmine for us. We can't talk about the wedding budget without it blowing up.
O: It's the venue. Lake Tahoe is twice what we planned.
P: My parents are paying for half!
O: And I don't want to owe your parents.
C: Okay, I'm already hearing the landmine. Let's pause. Nina, you mentioned that the money talks make your anxiety spike. With the generalized anxiety you've told me about, how's that been lately?
P: Up and down. The wedding stuff makes it worse. I'm still on the Buspar, fifteen milligrams twice a day, and that helps a bit.
O: She's better than she was last year, for sure. My therapist wanted me on something too, but I'm not doing that.
C: That's between you and your therapist, Josh. Let's look at how the money talks go. Who usually brings it up?
P: Me. Usually late at night.
O: Right when I'm falling asleep.
C: So one thing is timing. What if money talks had a set time, like a meeting?
O: A money meeting. That sounds very corporate.
P: I kind of love it though.
C: Thirty minutes, once a week, both of you awake and fed. Let's practice how you'd start it. Nina, you want to bring up the venue. Try starting with how you feel, not with what Josh is doing wrong.
P: Okay. I feel anxious that we'll lose the venue for August 22nd if we don't decide soon, and I want us to decide together.
C: Josh, before you answer, what did you hear?
O: You're scared we'll lose the date, and you want us to decide it together, not you and your parents.
P: Yes. Exactly.
C: Now your side, Josh.
O: I feel uncomfortable taking money from your parents because I want us to be able to do this ourselves.
P: You want it to be ours. Not theirs.
O: Yeah.
C: Nice. Now that you've both been heard, let's solve the actual problem. What are the options?
O: Smaller venue. Fewer guests. Take the money and pay it back.
P: Or take the money as a gift, and we pay for the honeymoon ourselves.
C: Any others?
P: Move the date to the off-season. It's cheaper.
C: Let's weigh them. Which one are you both at least okay with?
O: The honeymoon one. If we pay for that ourselves, it feels fair.
P: I like that too.
C: So, tentative decision. For this week: one thirty-minute money meeting, and before it, each of you writes your top three money fears.
P: Top three fears, okay.
O: Can I say "Nina's spreadsheet" as a fear?
P: Josh!
C: Ha. Let's meet Saturday at 9:30 am and see how the meeting went.
O: Saturday at 9:30 am works.
P: Yep.
"""},

{"id": "s27", "meta": meta("2026-04-15", "telehealth", "DAP", "family"),
 "gold": {"medications": [M("methylphenidate", "10 mg", "current"), M("guanfacine", "1 mg", "started")],
          "diagnoses": [D("F90.2", "attention-deficit hyperactivity disorder, combined type"),
                        D("F91.3", "oppositional defiant disorder")],
          "risk": R("d", "d", "d"),
          "interventions": ["emotion regulation skills", "problem solving"],
          "homework": ["Jayden uses the volcano scale and takes a ten-minute break in his room at a six",
                       "Robert and Tanya give one calm warning, then the agreed consequence, no yelling",
                       "screen time starts only after homework is done"],
          "next_appointment": "Tuesday at 5:30",
          "metaphors": ["I'm like a volcano"],
          "phi_terms": ["Jayden", "Robert", "Tanya", "Madison Middle School", "Kaur", "Eli", "5:30"]},
 "script": """
C: Hi Jayden, hi Robert, hi Tanya. Can everyone hear me?
O: We can hear you. Jayden, sit up so she can see you.
P: I'm sitting.
C: That's fine, I can see you, Jayden. So how were the last two weeks?
O: Rough. He got two detentions at Madison Middle School, and on Sunday he threw the controller at his brother.
P: Eli was being annoying! He kept switching the game off.
C: Jayden, what happened in your body right before you threw it?
P: I don't know. I just got so mad. I'm like a volcano. It just comes out.
C: When you threw it, did you want to hurt Eli?
P: No. I'd never actually hurt him, I just say stuff. And throw stuff. But not at his face.
C: I'm glad you can say that. Any times you've thought about hurting yourself, or wished you weren't alive?
P: No. I'm not like that.
C: Okay. Robert, Tanya, how are the medications going?
O: He's still on Ritalin, ten milligrams before school. And Dr. Kaur started him on Intuniv last week, one milligram at night, for the temper.
C: Any side effects so far?
O: He's a little sleepy in the evening. That's about it.
C: That can happen at the start. So, we've talked about the ADHD, combined type, and the ODD diagnosis, oppositional defiant disorder. What I'm hearing is that the anger comes up fast, and then everyone yells.
O: Yeah, that's fair. I yell too.
C: Thanks for saying that, Robert. Let's work on the volcano first. Jayden, if zero is totally calm and ten is throwing the controller, what number are you when you first notice you're getting mad?
P: Like a five? My face gets hot.
C: Great, that's your warning sign. Noticing the number early is an emotion regulation skill. What could you do at a five or six, before it erupts?
P: Go to my room? But they say I'm being rude if I just leave.
C: What if there was a deal, where going to your room for ten minutes at a six is allowed, and it's not rude?
O: I'm okay with that. As long as he actually comes back.
P: I'll come back.
C: So the volcano scale, and a ten-minute break in your room at a six. Now the grown-ups. When the yelling starts on both sides, it usually gets bigger. What if you gave one calm warning, then the consequence you agreed on in advance?
O: What consequence?
C: Let's decide together, so it's fair. Jayden, what makes sense if you throw something?
P: No games for the rest of the day? Not the whole week though.
O: That's reasonable.
C: Okay. And the homework fights, what's the biggest one?
O: Homework versus video games. Every single night.
P: Because I need a break after school!
C: Let's problem solve. What options are there?
P: Snack and a break, then homework, then games.
O: Or games only after homework is done, and he gets a snack break first.
C: That sounds like the same plan, from both sides.
P: Yeah, I guess.
C: So this week: the volcano scale with the break at six, one calm warning and then the agreed consequence, no yelling, and screens only after homework. Tuesday at 5:30 next time?
O: Tuesday at 5:30 works for us.
P: Okay.
"""},

{"id": "s28", "meta": meta("2026-04-16", "telehealth", "SOAP", "individual"),
 "gold": {"medications": [M("sertraline", "25 mg", "started")],
          "diagnoses": [D("F53.0", "postpartum depression")],
          "risk": R("d", "d", "d"),
          "interventions": ["psychoeducation", "behavioral activation", "problem solving"],
          "homework": ["let Gloria come over two afternoons this week and use the time to nap or shower",
                       "Andre takes the two a.m. feeding on weeknights",
                       "take a fifteen-minute walk with the stroller on three days"],
          "next_appointment": "the 21st at 10:30",
          "metaphors": ["running on fumes"],
          "phi_terms": ["Camille", "Lily", "Andre", "Gloria", "Santos", "two a.m.", "the 21st", "10:30"]},
 "script": """
C: Hi Camille. I see Lily's with you today.
P: Yeah, sorry, she wouldn't go down. She's almost asleep, I think.
C: No apology needed. How are you doing?
P: Honestly? I'm running on fumes. She's eight weeks and I don't think I've slept more than three hours in a row since she was born.
C: That's incredibly hard. How's your mood been?
P: Flat. And I cry a lot. Not about anything. I just... cry in the shower.
C: Did you get to see Dr. Santos?
P: Yes. She said it's postpartum depression. She started me on Zoloft, twenty-five milligrams. She said it's okay with breastfeeding.
C: When did you start it?
P: Last Thursday. So, like a week.
C: Okay. It's normal not to feel much difference yet. I'd like to share a bit about postpartum depression, because a lot of new moms blame themselves. It's a medical condition, not a sign that you're a bad mom. It's very common, and it's very treatable.
P: It just feels like I should be happy. Everybody's like, isn't she perfect, and I'm like... yeah, she is. I just feel nothing.
C: That disconnect is part of the depression, not the truth about how you feel about Lily. I want to ask some important questions. Have you had any thoughts of harming yourself, or of suicide?
P: No. I'm exhausted, but no.
C: Have you had any thoughts of harming Lily?
P: No. Never. I'd never.
C: Thank you. I ask everyone. Now, sleep. Who's doing the night feedings?
P: Me. All of them. Andre offered, but he has to work.
C: Let's problem solve that. She's taking bottles sometimes, right?
P: Yeah, I pump sometimes.
C: What options are there for you getting one longer stretch of sleep?
P: Andre could do the two a.m. one with a bottle. On weeknights even. He did say he'd do it.
C: What gets in the way of saying yes?
P: Feeling like I should do it all. His mom, Gloria, keeps offering to come over too, and I keep saying no.
C: What if you said yes to Gloria twice this week?
P: I could. I could nap. Or just take a shower without listening for her.
C: That's the plan then. And one more thing. When we're depressed, we stop doing things that give us a lift, so we feel worse. What used to lift you, even a little?
P: Walking. I used to walk every morning before Lily.
C: Could you do a short walk with the stroller, fifteen minutes, three days this week?
P: Yeah. She likes the stroller anyway.
C: Great. So: Gloria two afternoons, Andre takes the two a.m. feeding on weeknights, and three stroller walks.
P: Okay. Writing it down.
C: Let's meet on the 21st at 10:30.
P: The 21st at 10:30. Okay.
"""},

{"id": "s29", "meta": meta("2026-04-20", "in-person", "BIRP", "individual"),
 "gold": {"medications": [M("prazosin", None, "stopped")],
          "diagnoses": [D("F43.10", "post-traumatic stress disorder, unspecified")],
          "risk": R("e", "d", "d"),
          "interventions": ["safety planning", "imagery rescripting"],
          "homework": ["rehearse the rewritten version of the nightmare for ten minutes every day",
                       "keep the safety plan card in her wallet"],
          "next_appointment": "tomorrow at 4 pm",
          "metaphors": ["The nightmare is a movie I can't walk out of"],
          "phi_terms": ["Tasha", "Brianna", "Lake Shore Drive", "4 pm"]},
 "script": """
C: Tasha, hi. Come in. How have things been?
P: Not good. The nightmares are back every night. And I stopped the prazosin, it was making me so dizzy I almost fell at work.
C: When did you stop it?
P: Like a week ago. I'm going to tell the doctor. My roommate Brianna offered me one of her Klonopin to help me sleep, but I said no.
C: That was a good call. How are you doing otherwise?
P: Bad. I'm so tired. The nightmare is a movie I can't walk out of. Same scene every night.
C: I'm sorry. With the PTSD, that makes a lot of sense, especially without sleep. Tasha, when you're this tired and this worn down, have you had any thoughts of suicide?
P: ...Yeah. Last week. I was driving on Lake Shore Drive and I thought, I could just turn the wheel. Go into the water.
C: Thank you for telling me. That took courage. Did you do anything, turn at all?
P: No. I pulled over and I called my mom. I just sat there.
C: How often have you had that thought?
P: Twice. Both times driving. At night.
C: Have you thought about it when you're not driving, or made any plan?
P: No. It's just, in the car, it feels close.
C: Any times you've hurt yourself on purpose?
P: No.
C: And any thoughts of hurting anyone else, including the man who attacked you?
P: No. I just want him out of my head.
C: Okay. I'd like to make a safety plan with you right now, before anything else. What are the warning signs?
P: Night. Being alone in the car after a bad shift.
C: What could you do differently in those moments?
P: Take the train instead at night. Or have Brianna drive me.
C: Who can you call?
P: My mom. She picked up right away last time.
C: Your mom, Brianna, and nine eight eight. I'll write it on a card. Can you keep it in your wallet?
P: Yeah.
C: If the thought comes and feels stronger, or you feel you might act, you call nine eight eight or go to the emergency room.
P: Okay. I will.
C: Now the nightmares, because they're feeding all of this. I'd like to try imagery rescripting. We take the nightmare and you change it, any way you want, and then rehearse the new version.
P: Change it how?
C: However you want. It's your story. Where does the nightmare start?
P: In the stairwell. I hear footsteps behind me.
C: If you could change it, what would happen instead?
P: I... turn around and there's a door I didn't see before. And it opens into my grandma's kitchen. And she's there, and she locks it behind me.
C: Tell me about the kitchen.
P: It smells like cornbread. The radio's on. I'm safe.
C: Stay there for a moment. How do you feel?
P: Calm. That's weird. Like a three out of ten.
C: That's the new version. For homework, rehearse this new version for ten minutes every day, ideally before bed.
P: Okay. Grandma's kitchen. I can do that.
C: Given what you told me about the drive, I'd like to check in again soon. Can you come back tomorrow at 4 pm?
P: Tomorrow at 4 pm. Yeah.
"""},

{"id": "s30", "meta": meta("2026-04-21", "in-person", "DAP", "individual"),
 "gold": {"medications": [M("mirtazapine", "30 mg", "changed"), M("metformin", "500 mg", "current")],
          "diagnoses": [D("F33.2", "major depressive disorder, recurrent, severe without psychotic features")],
          "risk": R("d", "d", "d"),
          "interventions": ["behavioral activation", "problem solving"],
          "homework": ["walk around the block after lunch every day", "call Ben on Sunday",
                       "ask the Walgreens pharmacist to set up a pill organizer"],
          "next_appointment": "next Thursday at 1:30",
          "metaphors": ["I'm like an old clock winding down"],
          "phi_terms": ["Harold", "Maria", "Tucson", "Ben", "Walgreens", "Whitfield", "1:30"]},
 "script": """
C: Harold, come in, have a seat. How are you feeling this week?
P: Oh, about the same. I'm like an old clock winding down. Tick... tick.
C: That's a vivid way to put it. What's a typical day looking like?
P: Get up, sit in the chair, watch the news, take a nap, sit in the chair. Maria brings me lunch.
C: How's Maria doing?
P: She has her own troubles. She's got the memory problems now, she takes the Aricept. I'm supposed to be looking after her, and I can barely look after myself.
C: That's a heavy load. When we first met, I talked about this being a severe recurrent episode of major depression. You've had these before, back in the nineties.
P: Twice. This is the worst one.
C: Did you see Dr. Whitfield?
P: Yes. She raised the mirtazapine. I was on fifteen, now it's thirty at bedtime. She said it'll help me eat and sleep.
C: Has it?
P: I'm eating more. Too much, maybe. I've got to watch the sugar, I take metformin for my diabetes, five hundred twice a day.
C: Okay, that's good to know. Anything else?
P: No, that's everything. The pills are a mess, though. I keep forgetting if I took them.
C: Let's come back to that. Harold, I want to ask, any thoughts of suicide? Any thoughts that you'd be better off dead?
P: No. I'm Catholic, and besides, who'd take care of Maria.
C: Any thoughts of hurting yourself?
P: No.
C: Any thoughts of harming anyone else?
P: Goodness, no.
C: Thank you. So, the chair. When depression is heavy, we stop doing things, and then we feel worse, and then we do even less. The way out is to do small things before you feel like it.
P: I don't have the energy.
C: That's why they're small. What used to give you a bit of pleasure?
P: I used to walk every day, all over Tucson. And I'd call my grandson Ben on Sundays. He's at college.
C: What's a version of walking that you could do this week?
P: Around the block, I suppose. After lunch.
C: Every day?
P: Every day. I'll try.
C: And Ben?
P: I can call Ben on Sunday. He'll be surprised.
C: Now the pills. What's the problem, exactly?
P: I can't remember if I took them. Morning and night. Some days I think I took the metformin twice.
C: What are some options?
P: A chart, maybe. Or the little boxes with the days on them. Maria's got one.
C: Could the pharmacist help set one up?
P: The girl at Walgreens is very nice. I'll ask her.
C: Good. So: walk around the block after lunch, call Ben on Sunday, and ask the Walgreens pharmacist about a pill organizer.
P: Alright. Writing it down here.
C: Let's meet next Thursday at 1:30.
P: Next Thursday at 1:30. Maria's sister can sit with her.
"""},
]
