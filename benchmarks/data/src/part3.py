from common import D, M, R, meta

SESSIONS = [
{"id": "s13", "meta": meta("2026-03-19", "in-person", "SOAP", "individual"),
 "gold": {"medications": [],
          "diagnoses": [D("F43.23", "adjustment disorder with mixed anxiety and depressed mood")],
          "risk": R("d", "d", "d"),
          "interventions": ["problem solving", "values clarification"],
          "homework": ["apply to three jobs this week", "write down his top five values and one action for each"],
          "next_appointment": "Next Thursday at 8:30 am",
          "metaphors": ["It felt like the rug got pulled out from under me"],
          "phi_terms": ["Steve", "Boeing", "Everett", "Linda", "Cho", "Rick", "8:30 am"]},
 "script": """
C: Steve, come on in. How are you holding up?
P: Eh. Day by day. It's been five weeks since Boeing let me go, and I still wake up at five like I'm driving to Everett.
C: Twenty-two years there, right?
P: Twenty-two years. And they did it in a fifteen minute video call. It felt like the rug got pulled out from under me.
C: How have you been sleeping and eating?
P: Sleep's lousy. I'm eating fine. Too fine, Linda would say.
C: And the mood?
P: Down. Worried. Mostly worried. About money, about whether anybody hires a guy who's fifty-eight.
C: When we met last time, I mentioned the diagnosis I'd put on the paperwork, adjustment disorder with mixed anxiety and depressed mood. Basically, a real, understandable reaction to a big loss, that's hitting both worry and mood.
P: Yeah. Better than being called crazy.
C: Not crazy at all. Did you end up seeing Dr. Cho?
P: I did. She said my blood pressure's fine. She mentioned maybe trying Lexapro if things don't get better in a month or so, but we're holding off.
C: Okay, so nothing new for now?
P: Nothing. I'm not on anything. Linda takes Ambien to sleep, and she offered me one, but I said no.
C: Good call, those aren't meant for sharing. I want to check in about safety. Any thoughts of suicide, or that you'd be better off dead?
P: No. I've got grandkids. No.
C: Any thoughts of hurting yourself?
P: No.
C: And with the anger about how they treated you, any thoughts of hurting anyone at the company?
P: No, no. I'm mad, but I'm not that guy.
C: Okay, thank you. So today I thought we could do two things. One, get specific about the job search, because it's sitting on you like one big blob.
P: That's exactly what it is. A blob.
C: So let's break it down. What's the actual problem, in one sentence?
P: I don't know where to even look, and my resume's from nineteen ninety-something.
C: Okay. Let's brainstorm options, no judging yet.
P: Uh. Update the resume. Call the guys from my old crew who left. The union hall. Those job websites.
C: What else?
P: My nephew does resumes, actually. He offered.
C: Okay. Which two would you do first?
P: The nephew for the resume. And calling Rick from my old crew, he's at a supplier now.
C: Great. And a realistic target for applications this week?
P: Three. I can do three.
C: Three jobs. And the second thing I wanted to do: what matters to you, apart from the job? If Boeing was the answer to "who am I" for twenty-two years, what else is in there?
P: Family. Being useful. Fixing things. I'm good with my hands.
C: So being useful and fixing things are values. Work was one way to live them, but not the only way.
P: Huh. I've been fixing the neighbor's fence, actually. Felt good.
C: That's living your values. I'd like you to write down your top five values this week, and one small thing for each.
P: Five values, one thing each. Okay.
C: Next Thursday at 8:30 am work for you?
P: Next Thursday at 8:30 am. I've got nothing but time.
"""},

{"id": "s14", "meta": meta("2026-03-21", "in-person", "BIRP", "family"),
 "gold": {"medications": [],
          "diagnoses": [D("F93.0", "separation anxiety disorder of childhood")],
          "risk": R("n", "n", "n"),
          "interventions": ["psychoeducation", "relaxation training", "exposure"],
          "homework": ["practice belly breathing every night at bedtime",
                       "quick goodbye at the classroom door using the goodbye ritual, with a sticker for each morning"],
          "next_appointment": "next Saturday at 10 am",
          "metaphors": ["worry is like a monster in my tummy"],
          "phi_terms": ["Lucas", "Ana", "Miguel", "Roosevelt Elementary", "Carter", "8:15", "10 am"]},
 "script": """
C: Hi Lucas, hi Ana, hi Miguel. Lucas, you can sit anywhere you like.
P: Can I sit on the beanbag?
C: Of course. So, Ana, Miguel, how were the school mornings this week?
O: Better Monday and Tuesday. Wednesday was bad. He held on to my leg at the door of Roosevelt Elementary and Mrs. Carter had to pull him off.
P: I didn't want you to go.
C: Lucas, can you tell me what it felt like on Wednesday?
P: My tummy hurt. The worry is like a monster in my tummy, and it gets bigger when Mom leaves.
C: That's such a good way to explain it. What does the monster say?
P: That something bad will happen to Mom. Like a car crash.
C: Thank you for telling me. Ana, Miguel, this is really typical of separation anxiety disorder. His brain sends a danger signal when you leave, even though he's safe, and the more he avoids the goodbye, the louder the signal gets.
O: So when we stay longer at the door, it makes it worse?
C: Usually, yes. A long goodbye tells his brain that the goodbye really is dangerous. A short, warm, predictable goodbye works better.
O: I was on Zoloft for anxiety in college, I guess he gets it from me.
C: It does often run in families. Right now, for Lucas, we're doing skills, and they work really well at his age. Lucas, want to learn a trick to shrink the monster?
P: Yeah.
C: Put your hand on your tummy. Breathe in slowly, like you're smelling a flower, and make your tummy get big like a balloon.
P: Like this?
C: Perfect. Now blow out slowly, like you're blowing out a birthday candle. Let's do five of those together.
P: One. Two. Three. Four. Five.
C: How's the monster?
P: A little smaller.
C: That's belly breathing. It's your monster-shrinking trick. Can you do it every night at bedtime with Dad?
O: I can do that, I'm home for bedtime.
C: Great. Now the goodbye plan. Lucas, we're going to practice a goodbye right here. Mom is going to go into the hallway for two minutes and come back.
P: Two minutes?
C: Two minutes. And you can do your belly breathing while she's gone. Ana, give him your goodbye: a hug, a high five, and "see you at pickup".
O: Okay. Hug, high five, see you at pickup.
P: Okay. Bye.
C: How's it going, Lucas?
P: The monster's medium. I'm breathing.
O: I'm back!
C: You did it. Two whole minutes. That's practicing being brave on purpose, a little at a time. Each time you do it, the monster learns it's not needed.
P: It wasn't that bad.
C: So for this week: belly breathing every night at bedtime, and at school, drop-off at 8:15 is a quick goodbye at the classroom door, hug, high five, see you at pickup. Every morning that he walks in, he gets a sticker.
O: And five stickers gets pizza night.
P: Pizza night!
C: Sounds like a deal. Let's meet next Saturday at 10 am.
O: Next Saturday at 10 am is good for us.
"""},

{"id": "s15", "meta": meta("2026-03-23", "in-person", "DAP", "individual"),
 "gold": {"medications": [M("bupropion", "300 mg", "current"), M("sertraline", None, "stopped")],
          "diagnoses": [D("F32.1", "major depressive disorder, single episode, moderate")],
          "risk": R("e", "d", "d"),
          "interventions": ["safety planning", "behavioral activation"],
          "homework": ["give her pill bottles to Chris to keep", "do one small pleasant activity every day and note her mood before and after",
                       "call 988 or go to the emergency room if the thoughts get stronger"],
          "next_appointment": "tomorrow at 12:30",
          "metaphors": ["I'm a ghost in my own house"],
          "phi_terms": ["Rebecca", "Nordstrom", "Chris", "Greene", "12:30"]},
 "script": """
C: Rebecca, hi. Have a seat. You look tired today.
P: I am. I haven't really slept. I'm a ghost in my own house. Chris and the kids are doing their thing and I'm just... floating past.
C: How long has it been like this?
P: Since I stopped working at Nordstrom, I guess. So, two months. It's getting worse.
C: We talked about this being a first episode of depression, major depressive disorder, moderate. Does it feel like it's gone further than that?
P: Maybe. I don't know. I just feel nothing.
C: Are you taking your medication?
P: Yeah, the Wellbutrin, three hundred in the morning. Dr. Greene took me off the Zoloft, I'm all the way off it now. She said the Wellbutrin alone might give me more energy.
C: Has it?
P: Not really. A little, maybe.
C: Rebecca, I want to ask you something directly. Have you been having any thoughts of suicide?
P: ...Yeah. Sort of.
C: Can you tell me more?
P: Last week I was sorting my pill bottles and I thought, I could just take all of these. And it would be quiet.
C: Thank you for telling me. I know that's not easy. Did you take any extra?
P: No. I put them back.
C: Have you thought about when, or made any preparations?
P: No. It was just a thought. But it scared me.
C: It makes sense that it scared you. Have you ever tried to hurt yourself before?
P: No. Never. I've never cut or anything like that.
C: And any thoughts of harming anyone else?
P: No, never.
C: Okay. Here's what I'd like us to do right now, together. A safety plan. What's one thing that makes the thought go away, even a little?
P: Hearing my daughter laugh. Going outside.
C: And who could you tell if the thought comes back?
P: Chris. I haven't told him yet, though.
C: Would you be willing to call him in here at the end of the session, and tell him together?
P: ...Okay. Yeah.
C: And the pill bottles. Could Chris keep them, and give you each day's dose?
P: Yes. I think that's smart.
C: And if the thoughts get stronger, or you feel like you might act on them, you call nine eight eight or go to the emergency room. Can you agree to that?
P: Yes.
C: The other thing I'd like to start is tiny, on purpose. Depression tells you to wait until you feel like doing things. We flip it. One small pleasant activity every day, and you notice your mood before and after.
P: Like what?
C: You said going outside. Ten minutes in the backyard with coffee?
P: I could do that.
C: Good. Given what you shared, I'd like to see you again soon. Can you come tomorrow at 12:30?
P: Tomorrow at 12:30. Yes.
"""},

{"id": "s16", "meta": meta("2026-03-24", "telehealth", "SOAP", "individual"),
 "gold": {"medications": [M("amphetamine-dextroamphetamine", "20 mg", "current")],
          "diagnoses": [D("F90.2", "attention-deficit hyperactivity disorder, combined type")],
          "risk": R("n", "n", "n"),
          "interventions": ["psychoeducation", "problem solving"],
          "homework": ["write the top three tasks in a paper planner each morning", "book two body-doubling sessions with Sam"],
          "next_appointment": "the 2nd at 5 pm",
          "metaphors": ["My brain is like a browser with forty tabs open"],
          "phi_terms": ["Tyler", "Deloitte", "Sam", "Friday the 27th", "the 2nd", "5 pm"]},
 "script": """
C: Hi Tyler. Are you at home?
P: Yeah, working from home today. Sorry about the background, it's a mess. Which is kind of on brand.
C: No judgment. How's work been?
P: Chaotic. I have a deliverable due Friday the 27th at Deloitte and I've started it like six times. My brain is like a browser with forty tabs open and music playing in one of them and I can't find which.
C: That's a very vivid picture. Are you still taking the Adderall?
P: Yeah, the XR, twenty milligrams in the morning. It helps me start, but by three I'm done.
C: Is that something you've talked to your prescriber about?
P: Yeah, she wanted to switch me to Vyvanse, but insurance wouldn't cover it, so I never started it. So just the Adderall.
C: Okay. So with the combined-type ADHD, the medication helps with attention, but the planning part, deciding what to do first, is its own skill. Your brain is interest-based rather than importance-based. A deadline that's far away doesn't feel real until it's urgent.
P: That's literally me. I do everything the night before.
C: Right. So let's treat the deliverable as a problem to solve, instead of a character flaw. What exactly is the hard part?
P: Starting. Once I start I'm fine. Sometimes I hyperfocus for hours.
C: What have you tried?
P: To-do apps. I have like four of them.
C: What else could work? Let's brainstorm.
P: Um. My coworker Sam does this thing where she just stays on a video call while we both work. That actually worked once.
C: That's called body doubling, and it works for a lot of people with ADHD. What else?
P: Paper, maybe? Like an actual notebook. Apps just become another tab.
C: Okay, we have body doubling and paper. Which would you try?
P: Both? Like, I write my top three things in a paper planner every morning, and do two calls with Sam this week.
C: That's a solid plan. What could get in the way?
P: Forgetting to open the planner.
C: Where could it live so you see it?
P: On top of my keyboard. Literally can't type without moving it.
C: Perfect. So: top three tasks in the planner each morning, planner on the keyboard, and two body-doubling sessions with Sam.
P: Okay. That feels doable.
C: Good. I know we're a bit short on time today. How about the 2nd at 5 pm for our next one?
P: The 2nd at 5 pm. Let me put it in... the planner. Ha.
C: See, it's working already.
"""},

{"id": "s17", "meta": meta("2026-03-25", "in-person", "BIRP", "individual"),
 "gold": {"medications": [M("prazosin", "2 mg", "current")],
          "diagnoses": [D("F43.12", "post-traumatic stress disorder, chronic")],
          "risk": R("d", "d", "n"),
          "interventions": ["emdr", "grounding"],
          "homework": ["practice the container exercise every day"],
          "next_appointment": "Monday at 7:30 am",
          "metaphors": ["My body is still on patrol", "it's like the memory is frozen in time"],
          "phi_terms": ["Ray", "Fort Hood", "Killeen", "Martinez", "7:30 am"]},
 "script": """
C: Ray, good morning. How have the nights been?
P: Better. Still get the dreams, but maybe two nights out of seven instead of five.
C: That's real progress. Are you still taking the prazosin?
P: Yeah, two milligrams at night. The VA doc offered me Seroquel too, but I told him no thanks. I don't want to be knocked out.
C: Okay. How about during the day?
P: Still jumpy. A truck backfired outside the gas station in Killeen and I was on the ground before I knew it. My body is still on patrol. Even now, years out.
C: That sounds like the hypervigilance we've talked about, part of the chronic PTSD.
P: Yeah. Chronic is right. It's been since Fort Hood, before the second deployment.
C: Before we start, I want to check in. Any thoughts of suicide since I saw you?
P: No. Not since the bad year. I've got too much to do.
C: Any thoughts of hurting anyone else? I know you mentioned the guy at work.
P: No. He gets under my skin, but I'd never lay a hand on him.
C: Okay. Today I'd like to continue the EMDR on the convoy memory. Are you okay to go ahead?
P: Yeah. Let's do it.
C: Let's start in your calm place, like we practiced. Where are you?
P: The lake. My grandpa's dock.
C: Good. Notice the water, the boards under you. And now bring up the image of the convoy. What's the worst part?
P: Martinez. The look on his face right before.
C: And the negative belief that goes with it?
P: I should have seen it coming. It's my fault.
C: How true does "I did the best I could" feel, one to seven?
P: Two.
C: And the disturbance, zero to ten?
P: Eight.
C: Okay. Hold the image, the belief, and notice where you feel it. Follow my fingers.
P: ...
C: Take a breath. What do you notice?
P: My chest. And it's like the memory is frozen in time, the dust just hanging there.
C: Go with that. Follow my fingers.
P: ...
C: Breathe. What's there now?
P: The dust is moving. I see the medic running. I forgot about him.
C: Go with that.
P: ...
C: And now?
P: He was there in like a minute. We did everything right. It just happened.
C: We're close to time, so let's come back. Feet on the floor, name three things you can see.
P: The clock. The window. Your coffee mug.
C: Disturbance now, zero to ten?
P: Five. That's the lowest it's been.
C: That's a big drop. Between now and next time, practice the container exercise every day, so when stuff comes up, you can put it away until we meet.
P: The box in the basement. Yeah.
C: Monday at 7:30 am?
P: Monday at 7:30 am. I'll be here.
"""},

{"id": "s18", "meta": meta("2026-03-31", "in-person", "DAP", "couples"),
 "gold": {"medications": [M("escitalopram", "20 mg", "current")],
          "diagnoses": [],
          "risk": R("e", "d", "d"),
          "interventions": ["safety planning", "communication skills training"],
          "homework": ["Jenna tells Mike when the better-off-without-me thoughts come, using the agreed words",
                       "Jenna calls Dr. Webb's office this week about the thoughts",
                       "one twenty-minute conversation about the affair this week using the listener rules"],
          "next_appointment": "Tuesday the 7th at 6:30",
          "metaphors": ["trust is like a glass that shattered"],
          "phi_terms": ["Jenna", "Mike", "Webb", "the 7th", "6:30"]},
 "script": """
C: Jenna, Mike, welcome back. Last week was a heavy one. How has it been?
O: Honestly, I'm worried. I want to bring something up. Jenna said something on Thursday that scared me.
P: Mike, come on.
O: You said you'd be better off dead. You said it twice.
C: Jenna, I'm really glad Mike brought this up. Can you tell me about that?
P: I mean, I said it. I was upset. I don't know. Sometimes I think everyone would be better off without me. Not that I'd do anything.
C: Thank you for being honest. When you have the thought that everyone would be better off without you, do you ever wish you were dead?
P: Sometimes. Late at night. Like, if I didn't wake up, it would solve a lot of problems.
C: Have you had thoughts of actually ending your life, or any plan?
P: No. No plan. I wouldn't. I just have the thought.
C: Have you ever hurt yourself, or thought about it?
P: No. Never.
C: And, with how angry things got after the affair came out, any thoughts of hurting Mike, or anyone?
P: No. I was angry, but no.
C: Okay. Jenna, this is important, and it sounds like it comes with a lot of guilt. Are you still taking your medication?
P: Yeah. Lexapro, twenty milligrams. I haven't changed anything.
C: I'd like you to let Dr. Webb know about these thoughts this week. Would you be willing to call her office?
P: Yeah. I can call.
C: And let's make a quick safety plan, here, with Mike. Jenna, what do you notice before the thoughts get loud?
P: When I'm alone, at night, replaying everything.
C: What helps?
P: Honestly, when he just sits with me. Not talking about the affair. Just sitting.
O: I can do that. I didn't know that helped.
C: So if the thought comes, Jenna, would you be willing to tell Mike? Maybe with agreed words, so it's not a big speech.
P: I could say "I'm in the dark place." That's easier.
O: Okay. If you say that, I'll come sit with you. No questions.
C: And if it gets stronger than that, you call nine eight eight, or Mike takes you to the ER. Agreed?
P: Agreed.
O: Agreed.
C: Now, the bigger picture. Mike, last week you said you felt like you can't bring up the affair without it exploding.
O: Every time. Because trust is gone, I get it.
P: For me, trust is like a glass that shattered. I can glue it, but I'll always see the cracks.
C: That's a powerful image. Mike, can you reflect back what you heard, not defend?
O: You're saying you might be able to trust me again, but it'll be different. It won't be like before.
P: Yeah. That's it.
C: That's good listening. This week, I'd like one conversation about the affair, twenty minutes, with a timer, using the listener rules: the listener reflects before responding, no defending.
O: Twenty minutes. With a timer. Okay.
C: Let's meet Tuesday the 7th at 6:30.
P: Tuesday the 7th at 6:30 works.
O: Yeah. Thank you.
"""},
]
