"""The client's own metaphors: which figures are quoted, which are not, and where a quote is cut."""

from __future__ import annotations

import pytest

from scribe.extract.metaphors import extract_metaphors
from tests._extract_helpers import C, O, P, session


def _quotes(*turns: tuple[str, str]) -> list[str]:
    return [m["quote"] for m in extract_metaphors(session(*turns)["turns"])]


def _client_quotes(text: str) -> list[str]:
    return _quotes(C("How was the week?"), P(text))


@pytest.mark.parametrize("text, quote", [
    # a contracted copula, cut at the figure's own subject in a run-on turn
    ("when i'm anxious it's like it doesn't matter my brain's a browser with forty tabs open",
     "my brain's a browser with forty tabs open"),
    # a bare noun opening the sentence
    ("Yes. Exactly. Deadline is my only engine.", "Deadline is my only engine"),
    # a body part or the mind doing what a person does
    ("and then I lie down and my body is tired but my brain is doing laps at the pool",
     "my brain is doing laps at the pool"),
    ("suddenly my hands they are sleeping how you say numb", "my hands they are sleeping"),
    ("every time I imagine saying it, my voice turns into wet paper", "my voice turns into wet paper"),
    # "we" said to be something else
    ("Honestly, lately we're two roommates passing notes under a door.",
     "we're two roommates passing notes under a door"),
    # the whole of life said to feel like something
    ("Boring. Slow. Everything feels like it's in low gear.", "Everything feels like it's in low gear"),
    # a thing said to be somewhere it is not
    ("the craving is still there but it's smaller, like it's behind a glass wall now",
     "like it's behind a glass wall now"),
    # a body given a machine's part, or still holding an old route
    ("Honestly my brain's thermostat keeps getting reset by the kids.", "my brain's thermostat keeps getting reset"),
    ("i swear my body's still got the whole route memorized to her house", "my body's still got the whole route"),
    # the body the wrong size for what it holds
    ("I pick at my nails when my chest feels too small for everything.", "my chest feels too small"),
    # a quality measured by a thing
    ("By noon my head is heavy as a wet bag of sand.", "my head is heavy as a wet bag of sand"),
    # an idiom of distress from another English
    ("Honestly, I'm at the end of my tether with the lot of them.", "at the end of my tether"),
    # a contracted copula before "like": the mind said to be like something, a number after "like" or not
    ("after dinner my head's like a junk drawer nobody ever cleans out",
     "my head's like a junk drawer nobody ever cleans out"),
    ("by three my brain's like six radios on different stations", "my brain's like six radios on different stations"),
    # "every" as the subject's determiner, and a size word before the image's noun
    ("Every meeting is a little trial where I'm the one in the dock.",
     "Every meeting is a little trial where I'm the one in the dock"),
    # an abstract noun with a contracted copula, and a compound whose first noun alone would be literal
    ("Recovery's a marathon with no finish line.", "Recovery's a marathon with no finish line"),
    ("Honestly? Grief's a job interview you keep failing.", "Grief's a job interview you keep failing"),
    # the speaker said to be a compound thing
    ("Honestly I'm a car alarm that goes off when a leaf lands on it.",
     "I'm a car alarm that goes off when a leaf lands on it"),
    # one plural thing after "like" at the end of the clause
    ("after school we just bounce off each other like pinballs", "we just bounce off each other like pinballs"),
    # a wound kept open, hands tied, the self gone to another state of matter, a tool far too small
    ("Every session I keep poking at the bruise just to check it's there.", "I keep poking at the bruise"),
    ("I think I'm ready to rip off the band-aid and tell her.", "rip off the band-aid"),
    ("Without a car my hands are tied on the job hunt.", "my hands are tied on the job hunt"),
    ("After the funeral I just dissolved for a week.", "I just dissolved for a week"),
    ("fourth year in a row and i'm bailing out the boat with a paper cup", "i'm bailing out the boat with a paper cup"),
    ("we're rattling around that big house since the kids left", "rattling around that big house"),
    # the mind said to be made of a stuff, no article
    ("I dunno. My brain's all mush after three.", "My brain's all mush after three"),
    ("by the end of the shift my thoughts are just cotton wool", "my thoughts are just cotton wool"),
    # the body's idioms of a shock, and idioms of coping
    ("When the letter came my stomach dropped.", "my stomach dropped"),
    ("Honestly I keep spinning my wheels with the job search.", "spinning my wheels"),
    ("i'm burning the candle at both ends with the night shifts", "burning the candle at both ends"),
    ("by spring the days just blur together", "the days just blur together"),
    # "my best" said of a thing is an image; only "the" ranks a literal thing
    ("For ten years the bottle was my best friend.", "the bottle was my best friend"),
    # a home that is not a dwelling
    ("Since the divorce I live in a museum of her stuff.", "I live in a museum of her stuff"),
    # an image of something else, then the client saying that is how they feel
    ("you know when a battery leaks and eats the whole remote from the inside, that's kind of how i feel",
     "when a battery leaks and eats the whole remote from the inside, that's kind of how i feel"),
    ("a dog chasing its own tail all day, that's me", "a dog chasing its own tail all day, that's me"),
    # a body part said to be "the" thing
    ("My stomach is the alarm that goes off before my brain knows anything.",
     "My stomach is the alarm that goes off before my brain knows anything"),
    # "like a" after a person, a sense or a manner still compares
    ("my dad was like a brick wall about it", "my dad was like a brick wall"),
    ("I sleep like a guard dog with one ear up", "I sleep like a guard dog with one ear up"),
    # as if the situation were another thing: "like it's the ..."
    ("when the pager goes off at the store i freeze like it's the radio calling me back in",
     "like it's the radio calling me back in"),
    # idioms of the sentry who cannot stand down, the note never received, the force held back by hand
    ("Twenty years out and part of me is still on guard in every restaurant.", "still on guard in every restaurant"),
    ("my nerves never got the memo that the divorce is final", "my nerves never got the memo"),
    ("I've been holding back the tide with my two hands since the diagnosis", "holding back the tide with my two hands"),
    ("so it's two steps forward and three back with him", "two steps forward and three back"),
    # the stock "same ..., different ..." made the speaker's own
    ("oh you know same menu different waiter", "same menu different waiter"),
    # someone else acting on a thing that is not there
    ("the dentist pokes around in there like he's defusing a bomb", "like he's defusing a bomb"),
    # the speaker as a thing with no more to it
    ("Some days I'm just sick of being a thermostat.", "I'm just sick of being a thermostat"),
    ("honestly i am a wallet for my kids and that's it", "i am a wallet for my kids"),
    # a scene anyone could be in, told to say what it is like
    ("it's like when you miss a step on the stairs in the dark", "when you miss a step on the stairs in the dark"),
    ("you know when you live next to the tracks and after a while the trains just go quiet",
     "when you live next to the tracks"),
    # an image of something else, then "that's me" and when
    ("the neighbours' cat hides under the porch whenever a truck goes by and that's me when the phone rings",
     "the neighbours' cat hides under the porch whenever a truck goes by and that's me"),
    ("a kettle that won't stop whistling after you take it off the stove that's me at two in the morning",
     "whistling after you take it off the stove that's me"),
    # a feeling that handles the speaker like a body would
    ("some nights the grief just swallows me whole", "the grief just swallows me whole"),
    ("and the panic grabs me by the throat in the checkout line", "the panic grabs me by the throat in the checkout line"),
    # the speaker, in the past, cast as a thing that acts
    ("all last winter i was a balloon losing air a little every day", "i was a balloon losing air a little every day"),
    # a quality so great it does what it cannot, or what anyone there could
    ("Since he left the flat is so empty it echoes.", "the flat is so empty it echoes"),
    ("and then we got to the dinner and the air was so thick you could cut it with a knife and nobody said a word "
     "about dad the whole night", "the air was so thick you could cut it with a knife"),
    # someone cast as a stranger to a place that is their own
    ("since the surgery i'm a tourist in my own body most mornings", "i'm a tourist in my own body most mornings"),
    ("he has his friends over and I'm the furniture at the back of my own living room",
     "I'm the furniture at the back of my own living room"),
    ("you know like we've been the audience at our own wedding", "we've been the audience at our own wedding"),
    # ... or become a thing there, with no article
    ("since the layoff i've become wallpaper in my own kitchen", "become wallpaper in my own kitchen"),
    # the speaker as an animal, whatever follows
    ("Back then I was a scared little rabbit. I see it now.", "I was a scared little rabbit"),
    ("honestly i'm a tired old donkey by friday", "i'm a tired old donkey"),
    # "those"/"these" open a subject said to be something else
    ("i can't throw them out those letters are a little piece of me", "those letters are a little piece of me"),
    # the self about to go off or fall apart
    ("by the time he got home i felt like i was going to explode", "i was going to explode"),
    ("if she says it once more i'm gonna burst", "i'm gonna burst"),
    # the image said again after "you know"
    ("my head goes like a washing machine on spin you know the thud when it's off balance and then it stops",
     "like a washing machine on spin you know the thud when it's off balance"),
    # two people acting out one image together
    ("Honestly it's like we're both pushing the same door from either side.",
     "it's like we're both pushing the same door from either side"),
    # a contracted "has been" before the image
    ("Since the accident my knee's been a weather station for the whole family.",
     "my knee's been a weather station for the whole family"),
    # the speaker as what takes in other people's feelings
    ("At work I'm the dumping ground for everyone's bad moods.", "I'm the dumping ground for everyone's bad moods"),
    # a couple estranged under one roof
    ("These days we're basically strangers who share a fridge.", "we're basically strangers who share a fridge"),
    # the lid on what is held down, silence said to make a noise, a body part with a home of its own
    ("I swear the lid's about to blow off any minute.", "the lid's about to blow off any minute"),
    ("When the kids moved out the silence was deafening.", "the silence was deafening"),
    ("My stomach lives in my throat before every shift.", "My stomach lives in my throat before every shift"),
    # the self as a car that cannot stop, blame carried for others
    ("When I'm angry my brakes are just gone.", "my brakes are just gone"),
    ("Whatever goes wrong at home, I'm the one carrying the can.", "I'm the one carrying the can"),
    # a limb, with a word before it, turned into a thing
    ("when I'm on stage my left hand turns into a block of wood", "my left hand turns into a block of wood"),
    # the mind full of weather
    ("by lunch my head's full of cloud and I can't hold a sentence", "my head's full of cloud"),
    # the speaker as a thing still acting
    ("honestly i'm an old boat still floating somehow", "i'm an old boat still floating somehow"),
    # a thing with no article in a place that is the speaker's own
    ("Most nights I'm wallpaper at my own birthday party.", "I'm wallpaper at my own birthday party"),
    # a life lived in a place one only waits in
    ("I've been living my life in the departure lounge since the diagnosis.",
     "I've been living my life in the departure lounge"),
    # one's own life watched from outside it
    ("Some days I'm watching my life through a shop window.", "I'm watching my life through a shop window"),
    # life's volume turned down, a holding pattern, the speaker bearing everyone's load
    ("the telly is what turns the volume down on the evening", "turns the volume down on the evening"),
    ("we've been in a holding pattern since the layoffs", "we've been in a holding pattern since the layoffs"),
    ("Since Dad's stroke I'm propping the whole family up on my own.", "I'm propping the whole family up on my own"),
    ("At the office I'm the one holding everyone's bags.", "I'm the one holding everyone's bags"),
    # a day doing what a person does with a thing, a quality reached by a change
    ("Like every day is carrying a suitcase with a broken wheel.", "every day is carrying a suitcase with a broken wheel"),
    ("since the kids left the kitchen has gone as cold as a train station",
     "the kitchen has gone as cold as a train station"),
    # the day's strength counted out like coins
    ("by the school run I'm out of spoons for the whole day", "I'm out of spoons for the whole day"),
    ("every phone call costs me a token and the day only has ten", "every phone call costs me a token"),
    # things compared after "were like", not speech quoted
    ("i looked at the letters on the page and they were like ants marching", "they were like ants marching"),
])
def test_figure_is_quoted(text: str, quote: str) -> None:
    quotes = _client_quotes(text)
    assert any(quote in q for q in quotes), quotes


def test_figure_quote_starts_at_its_subject() -> None:
    quotes = _client_quotes("when i'm anxious it's like it doesn't matter my brain's a browser with forty tabs open")
    assert quotes == ["my brain's a browser with forty tabs open"]


def test_a_run_on_simile_opens_at_its_frame() -> None:
    quotes = _client_quotes("ten maybe a ten out of ten it's like a kettle screaming in the next room and nobody "
                            "will turn it off")
    assert quotes == ["it's like a kettle screaming in the next room and nobody will turn it off"]


@pytest.mark.parametrize("text, quote", [
    ("yeah so like everyone's voices come from the far end of a tunnel", "everyone's voices come from the far end of a tunnel"),
    ("okay yeah like everybody is moving around me in fast forward", "everybody is moving around me in fast forward"),
    ("um so yeah it feels like wading through wet cement", "it feels like wading through wet cement"),
])
def test_discourse_markers_in_a_row_are_not_part_of_the_quote(text: str, quote: str) -> None:
    assert _client_quotes(text) == [quote]


def test_a_comma_ends_an_image_that_has_its_words() -> None:
    quotes = _client_quotes("and then my brain is doing laps at the pool, back and forth, back and forth, the order tickets")
    assert quotes == ["my brain is doing laps at the pool"]


@pytest.mark.parametrize("text, quote", [
    ("It's like I've been crossing a rope bridge in the dark, and maybe the planks are stronger than I thought.",
     "It's like I've been crossing a rope bridge in the dark, and maybe the planks are stronger than I thought"),
    ("My head is like a kettle left on the stove, you turn off the burner and it keeps whistling.",
     "My head is like a kettle left on the stove, you turn off the burner and it keeps whistling"),
])
def test_a_clause_that_works_the_image_further_stays_with_it(text: str, quote: str) -> None:
    assert _client_quotes(text) == [quote]


@pytest.mark.parametrize("text, quote", [
    # "and" before an article or a preposition joins the image's second half, even across a spoken break
    ("so the meeting ran long and honestly it's like my mood has two settings asleep and on the ceiling",
     "it's like my mood has two settings asleep and on the ceiling"),
    ("yeah the new place is fine i guess it's like picking between a loud house with a yard and a quiet box with no "
     "windows", "it's like picking between a loud house with a yard and a quiet box with no windows"),
])
def test_an_image_in_two_joined_halves_is_quoted_whole(text: str, quote: str) -> None:
    assert quote in _client_quotes(text)


@pytest.mark.parametrize("text, quote", [
    # the sentence's short last clause, however long the run-on turn before it
    ("so i came home from the late shift and the kids were asleep and the dishes were done and the dog was fed and "
     "honestly it's like the party moved to another house and i'm still holding the balloons",
     "it's like the party moved to another house and i'm still holding the balloons"),
    ("It's like my head is a junk drawer that takes everything in and then jams when I need the one key.",
     "It's like my head is a junk drawer that takes everything in and then jams when I need the one key"),
])
def test_the_sentences_last_clause_after_and_stays_with_the_image(text: str, quote: str) -> None:
    assert quote in _client_quotes(text)


def test_a_punctuated_last_clause_stays_with_the_image() -> None:
    quotes = _client_quotes("So most nights I get into bed around eleven, and for the first twenty minutes I'm fine, and "
                            "then my head starts up like an old printer, you cancel the job and the pages keep coming. "
                            "Then I check my phone.")
    assert any(q.endswith("you cancel the job and the pages keep coming") for q in quotes), quotes


def test_an_image_after_a_dash_is_not_quoted_as_the_words_before_it() -> None:
    quotes = _client_quotes("I walk in and the radio's on and the dog's barking and it's like — I'm a kettle with the "
                            "lid welded shut.")
    assert not any(q.endswith("it's like") for q in quotes), quotes


def test_a_two_word_break_before_the_image_is_left_out_whole() -> None:
    quotes = _client_quotes("we drove home in silence the whole way you know like i've been sitting in the lobby of my "
                            "own life")
    assert quotes and not quotes[0].startswith("know"), quotes


def test_a_scene_anyone_could_be_in_is_quoted_across_its_ands() -> None:
    text = ("you know when you lose your keys in the snow and you dig and you dig and by spring you still find "
            "a glove or a scarf but never the keys it's like that with the memories")
    assert _client_quotes(text) == [text.removeprefix("you know ")]


@pytest.mark.parametrize("text, quote", [
    ("well you know what they say up north a calm sea never made a good sailor",
     "up north a calm sea never made a good sailor"),
    ("in our valley they say the river forgets nothing and forgives everything",
     "the river forgets nothing and forgives everything"),
])
def test_a_saying_of_the_speakers_people_is_quoted_whole(text: str, quote: str) -> None:
    assert _client_quotes(text) == [quote]


@pytest.mark.parametrize("text", [
    "the chest pain scared me but they say that's normal with the new dose",
    "i don't really care what they say about me at work anymore",
])
def test_a_report_of_what_they_say_is_no_saying(text: str) -> None:
    assert _client_quotes(text) == []


def test_one_word_after_like_is_no_image_though_a_clause_follows() -> None:
    assert _client_quotes("she mentioned trying something like yoga and i said not right now") == []


def test_a_filler_like_before_a_later_image_is_not_the_simile() -> None:
    quotes = _client_quotes("oh man the report was due friday so i started it thursday night at eleven like always "
                            "it's like my head is a snow globe somebody keeps shaking")
    assert quotes == ["it's like my head is a snow globe somebody keeps shaking"], quotes


def test_a_clause_about_something_else_after_the_image_is_cut() -> None:
    quotes = _client_quotes("It's like a fog rolling in every afternoon, the doctor said it's probably the pills.")
    assert quotes == ["It's like a fog rolling in every afternoon"]


def test_a_sentence_that_is_only_a_simile_keeps_its_like() -> None:
    quotes = _quotes(C("What was the weekend like?"), P("Honestly? Like a cracked mug at the back of the cupboard."))
    assert quotes == ["Like a cracked mug at the back of the cupboard"], quotes


def test_a_short_simile_keeps_its_like() -> None:
    assert _client_quotes("Yeah. Like everything's gray.") == ["Like everything's gray"]


@pytest.mark.parametrize("text", [
    "Like an appointment.",
    "first time like a seventy by the end of the drive",
])
def test_like_before_a_thing_or_a_number_is_not_a_short_simile(text: str) -> None:
    assert _client_quotes(text) == []


@pytest.mark.parametrize("text", [
    # a symptom said plainly
    "my heart is racing and my hands are shaking",
    "my head is spinning when I stand up",
    "my body is doing okay, my brain is doing better",
    # a relative, a name or a number is not a figure
    "no i told her no way my uncle was on that",
    "Rachel was a nine when I walked in",
    "I was an eight when I was telling you about the picture",
    # stock phrases for sedation, tiredness or a low mood
    "it made me like a zombie in the morning",
    "I used to sleep like a rock",
    "I feel like a burden when I'm sad",
    "I'm still wound up",
    "I just spiraled",
    "I tried a glass of wine, which did not help",
    # "like" as a filler before an adverb, a number, a school year or a manner
    "okay whoa okay i'm dizzy like really dizzy",
    "I'm spending like ninety bucks a week on it",
    "since like eighth grade combined type they said",
    "I went out to the lake, like I always do",
    "Parking at this building is a nightmare",
    # a comparison of amount or a stock phrase with "as", a literal place with "it's"
    "it was as bad as the last time we tried",
    "I got sick as a dog after the shot",
    "I feel like it's on the list for Tuesday",
    # "like" before a share or a spoken clock time
    "i wake up at like half five most days",
    "i finally fell asleep at like midnight and woke up at six",
    # a filler after a preposition, before a manner adverb or "always"
    "i ran to the store for like milk and a bag of ice",
    "she texts me like constantly when i'm on shift",
    "we argued about the dishes like always, then we made up",
    "I only ate like half of it",
    # "the" before a rank or a literal thing, "a little" as a degree, a verdict on a literal thing
    "The refill is the same as last month.",
    "My back is the worst part of the morning.",
    "the pharmacy's the one on the corner",
    "Our kitchen is a little cramped.",
    "Honestly the move is a good idea for us.",
    # a measure after "like", a transitive "melted", a spoon used for what spoons are for
    "he cut me off by like inches",
    "I melted some butter for the kids.",
    "I stirred the soup with a spoon and went to bed.",
    # a dwelling, or a plain wish followed by "that's how I feel"
    "we live in a small town with my mom",
    "We live in a two bedroom over the shop.",
    "i live in a different state from my kids now",
    "I don't want to go back to that job, that's how I feel.",
    "my head is just sore from the fall",
    # "like it's" before a verdict, an amount or a rank; a sailor literally on watch
    "she talks to me like it's a big deal that I showed up",
    "he acts like it's the same as last year",
    "most nights I'm on watch twice a trip",
    # a role, a judgement or a number after "being a"
    "I just want to be a mom.",
    "I'm tired of being a joke.",
    "the pain used to be a nine.",
    "i'm a volunteer for the food bank on fridays",
    # the clinician's own words recalled
    "like when you said last week I should call her first",
    "you know when you asked about my sleep, it's better now",
    "When you put it that way it sounds easier",
    # "that's me" pointing at a literal picture
    "the tall guy in the blue shirt at the back of the photo, that's me in the middle",
    # a feeling that keeps the speaker up or makes them do something
    "the worry keeps me up at night",
    "my anxiety made me cancel on her again",
    # what the speaker was, told as a life story
    "i was a kid growing up in ohio when my parents split",
    "i was a cook in the army for six years",
    "i was a nurse working nights back then",
    # "so" and a degree that end plainly
    "The clinic was so busy it took two hours to get seen.",
    "my knee was so swollen it was hard to walk",
    "it was so late you could tell everyone wanted to leave",
    # one's own place said plainly
    "it's nice to sleep in a bed of my own again",
    "I finally get a bit of time in my own way",
    "I can do the forms from the comfort of my own home",
    # the speaker as a person or judged as one, whatever follows
    "honestly i'm a burden on everyone at home right now",
    "I'm the guy who always fixes the printer at work",
    # a thing "on" somewhere or some day is where or when it is
    "the number for the crisis line is on the fridge",
    "my cousin's wedding is on the ninth",
    # a chain is a thing
    "the bike's fine the chain came off again that's all",
    # an animal in a person's noun, tears said plainly, a plural subject said plainly
    "i'm a dog person so the shelter shifts help",
    # coins counted out plainly
    "at the laundromat i was out of coins again",
    "I was a pig farmer for ten years before the bank took it.",
    "i burst into tears at the table",
    "those pills are the same as before",
    # the speaker's place among other people's feelings, said plainly
    "I'm the reason for their stress.",
    "i'm the one for their problems at home",
    # a literal lid, strangers at first meeting, roommates in fact
    "the lid came off the jar",
    "we were strangers when we met",
    "we're roommates from college",
    # how one is in one's own place, a literal place lived in, one's own life watched plainly
    "I'm alone in my own house most evenings",
    "we're living in the basement until the lease ends",
    "i was watching my little sister at the pool",
])
def test_not_a_figure(text: str) -> None:
    assert _client_quotes(text) == []


@pytest.mark.parametrize("text", [
    # quoting speech
    "and my boss was like are you even listening right now",
    "so i'm like fine, whatever, do what you want",
    # a hedge between a verb and its object, or before an amount
    "honestly i ate like a handful of crackers all day",
    "my sister sent me like a whole essay about forgiveness",
    "i check the door like every twenty minutes at night",
    "i went in my room and punched my pillow like fifteen times",
    "it was a fight, like a really loud one, in the parking lot",
    # a symptom the session already named
    "then my stomach is doing the thing again before the meeting",
    # a filler inside a noun phrase or after a discourse marker, and "feel like" as wanting
    "at the crosswalk i get this like picture of the car not stopping",
    "you know like i'd rather stay in bed all weekend",
    "it's embarrassing but also like okay that's where i am",
    "i just didn't feel like driving across town for it",
    # the speaker judged as a kind of person, and nothing more
    "when he said that i felt like such a terrible mother",
    "i feel like a bad friend when i cancel again",
    # a filler before what the speaker would, could or did not do
    "it's not that i want to be gone like i wouldn't ever hurt myself over it",
    "i got a bit confused like i couldn't find the words for things",
    # quoting what was said after "were like", a plural said plainly
    "and they were like guys stop it right now",
])
def test_like_that_quotes_or_hedges_is_not_a_simile(text: str) -> None:
    assert _client_quotes(text) == []


@pytest.mark.parametrize("answer", [
    "like the laundromat on my street. i could manage that",
    "like around the corner and back",
    "like cooking dinner with the radio on",
    # being someone, not something
    "Like being a mom with two jobs.",
])
def test_an_answer_that_opens_with_like_and_gives_an_example_is_not_a_simile(answer: str) -> None:
    assert _quotes(C("What's one small walk you could do?"), P(answer)) == []


def test_an_answer_that_opens_with_like_and_a_clause_is_still_a_simile() -> None:
    quotes = _quotes(C("What's it like?"), P("like i'm a jukebox everyone feeds coins into"))
    assert quotes == ["i'm a jukebox everyone feeds coins into"], quotes


def test_an_answer_that_opens_with_like_being_a_thing_is_a_simile() -> None:
    quotes = _quotes(C("What's it like?"), P("like being a kite with the string cut you know you just drift off"))
    assert any("being a kite with the string cut" in q for q in quotes), quotes


def test_a_scene_that_goes_on_with_a_new_thing_after_and_is_quoted_whole() -> None:
    quotes = _client_quotes("And all week I've had this sense like I'm waiting on the jetty and the last ferry is "
                            "already pulling away and I'm still holding my ticket out.")
    assert any("I'm waiting on the jetty and the last ferry is already pulling away and I'm still holding my ticket "
               "out" in q for q in quotes), quotes


def test_a_relative_after_the_copula_is_a_person_not_an_image() -> None:
    assert _client_quotes("i keep checking did i send it to the wrong address is my dad okay") == []


def test_a_generic_you_sentence_right_after_an_image_works_it_further() -> None:
    quotes = _client_quotes("Work is like a kitchen where every burner is on high. You turn one down and two more boil over.")
    assert "You turn one down and two more boil over" in quotes, quotes


@pytest.mark.parametrize("text", [
    # no image before it, a "you" said to someone, a question
    "Work was long. You know how it is with inventory.",
    "It's like a kitchen where every burner is on high. You said to try the breathing, right?",
    "My week was fine. You turn one thing down and another comes up.",
])
def test_a_generic_you_sentence_needs_an_image_right_before_it(text: str) -> None:
    assert not any(q.lower().startswith("you") for q in _client_quotes(text))


def test_the_partners_images_are_not_the_clients() -> None:
    quotes = _quotes(C("What is it like at night?"), O("Honestly I sleep with one eye open, like a guard dog on duty."),
                     P("I don't know."))
    assert quotes == []


def test_a_second_simile_that_reaches_back_over_the_first_replaces_it() -> None:
    quotes = _client_quotes("I sat there with the check, and I felt like a stranger in my own kitchen, "
                            "like I'm watching them through a window.")
    assert quotes == ["I felt like a stranger in my own kitchen, like I'm watching them through a window"]


def test_a_later_return_to_the_image_is_quoted() -> None:
    quotes = _quotes(C("What is the worry like?"), P("It's like a dripping faucet in the next room."),
                     C("Let's try the exercise."), P("That was weird. Good weird. The faucet stopped for a second."))
    assert "The faucet stopped for a second" in quotes, quotes


def test_a_return_to_the_image_the_speaker_is_cast_as_is_quoted() -> None:
    quotes = _quotes(C("How is the job?"), P("I'm a goldfish in a bowl that's far too small. And the bowl's the open office."))
    assert "the bowl's the open office" in quotes, quotes


def test_a_return_in_a_run_on_sentence_starts_at_its_own_i() -> None:
    quotes = _quotes(C("How were the nights?"), P("my head is like a radio stuck between stations all night"),
                     C("Was it about dying?"), P("no i didn't want to be gone i wanted the radio to go quiet"))
    assert "i wanted the radio to go quiet" in quotes, quotes


def test_a_return_in_a_run_on_turn_is_cut_after_the_like() -> None:
    quotes = _quotes(C("What happened?"), P("i felt like my skin was on fire from the inside"), C("And the cutting?"),
                     P("no no i wasn't trying to die it's like it just makes the fire go out for a minute"))
    assert "it just makes the fire go out for a minute" in quotes, quotes


def test_someone_placed_against_the_images_thing_is_a_return() -> None:
    quotes = _quotes(C("What is work like?"), P("The open office is an aquarium behind glass."),
                     C("And when your manager came in?"), P("For a minute he was the one stuck outside the glass."))
    assert any("stuck outside the glass" in q for q in quotes), quotes


def test_the_images_thing_mentioned_in_passing_is_not_a_return() -> None:
    quotes = _quotes(C("How is the pain?"), P("Some days it's like someone parked a truck on my lower spine."),
                     C("And the evenings?"), P("I end up sitting in the truck with the radio on for an hour."))
    assert not any("sitting in the truck" in q for q in quotes), quotes


def test_an_action_on_the_images_thing_is_not_a_return() -> None:
    quotes = _quotes(C("What is work like?"), P("The open office is an aquarium behind glass."),
                     C("Anything practical?"), P("Yeah, I can tape the schedule up inside the glass door by my desk."))
    assert not any("tape" in q for q in quotes), quotes


def test_a_word_said_again_across_and_keeps_the_image_whole() -> None:
    text = ("not much i've been in a holding pattern for weeks waiting and waiting and no word from anyone mostly "
            "sat in the car outside the house")
    assert any("waiting and waiting and no word" in q for q in _client_quotes(text)), _client_quotes(text)


def test_what_the_image_is_said_of_is_not_its_thing() -> None:
    # the image is the treadmill, not the commute it is said of
    quotes = _quotes(C("How is work?"), P("it's awful the commute is like a treadmill with no off button"),
                     C("And the rest of the week?"), P("the commute eats the mornings and then the evenings go on the kids"))
    assert not any("eats the mornings" in q for q in quotes), quotes


def test_a_self_image_with_a_relative_clause_without_its_that() -> None:
    from scribe.extract.metaphors import extract_metaphors

    assert [m["quote"] for m in extract_metaphors([{"speaker": "client", "text": "I am a suitcase she have to carry."}])] \
        == ["I am a suitcase she have to carry"]
    # a person or a judgement is no image
    for text in ("I am a nurse she has to work with.", "I'm a problem they have to solve."):
        assert extract_metaphors([{"speaker": "client", "text": text}]) == []


@pytest.mark.parametrize("text, image", [
    # a simile without its article, as many Englishes say it
    ("i sleep better but my mouth is dry like desert", True),
    ("my jaw tight like padlock", True),
    ("i'm wild like all the time", False),
    ("i bang the door hard like five six times", False),
    ("it was quiet like before", False),
    # a fall, a loop, the air let out, the ice that gives
    ("it drops off a cliff about three hours later", True),
    ("The call is on a loop in my headset", True),
    ("Then Wednesday somebody lets all the air out of me.", True),
    ("I'm always waiting for the ice to break under me.", True),
    ("the tyre was flat so I let the air out of the other one too", False),
    # the speaker as a thing something was done to, said in a relative clause
    ("I'm a chapter they've finished.", True),
    ("I am still the guest who overstayed at the braai.", True),
    ("I'm the type that worries.", False),
    ("I'm a teacher who loves it.", False),
])
def test_images_said_plainly(text: str, image: bool) -> None:
    assert bool(_client_quotes(text)) is image, _client_quotes(text)


@pytest.mark.parametrize("text, image", [
    # read off blind18 (retired): a feeling or a body part cast as something of the speaker's
    ("Worry is my night porter. It lets everyone in.", True),
    ("i'm a sommelier my nose is my whole cv", True),
    ("Anxiety is my biggest problem.", False),
    ("My back is my problem, not my head.", False),
    # no more than a thing
    ("When I'm just a screensaver, you know, on but not doing anything.", True),
    ("I'm just a nurse.", False),
    ("I'm only a temp, they can let me go.", False),
    ("Honestly I'm just a mess.", False),
])
def test_more_images_said_plainly(text: str, image: bool) -> None:
    assert bool(_client_quotes(text)) is image, _client_quotes(text)


@pytest.mark.parametrize("text, image", [
    # the figure of the client's own language for it
    ("In my country we don't say this word. We say your heart is tired.", True),
    ("yes she say depression i think in my language we don't have the word we say the heart is going down", True),
    ("We say the car is broken, so we took the bus.", False),
    # a stuff the head is like
    ("I did not like my head in the morning, like cotton.", True),
    ("I bought a shirt, like cotton.", False),
])
def test_figures_of_the_clients_own_language_and_stuff_vehicles(text: str, image: bool) -> None:
    assert bool(_client_quotes(text)) is image, _client_quotes(text)


def test_a_short_it_sentence_carries_the_image_of_a_thing_on() -> None:
    got = _client_quotes("I am a clock that is still ticking but the hands fell off. It makes the noise, but it tells nobody anything.")
    assert "It makes the noise, but it tells nobody anything" in got
    # not after plain talk, and not "it was", "it's"
    assert not _client_quotes("I went to the shop on Tuesday. It closes at six now.")
    got = _client_quotes("I am a clock that is still ticking but the hands fell off. It was my dad's clock.")
    assert not any(q.startswith("It was") for q in got)


@pytest.mark.parametrize("text, image", [
    ("the rheumatoid it's in my hands mostly some days it's like they're a box of old fuses some work some don't", "box of old fuses"),
    ("It's like it's a war zone in that office since the merger.", "war zone"),
])
def test_a_pronoun_made_a_thing_is_a_simile(text: str, image: str) -> None:
    assert any(image in q for q in _client_quotes(text))


@pytest.mark.parametrize("text", ["It's like they're a bit annoyed with me.", "It's like they don't care at all."])
def test_like_before_a_pronoun_as_filler_is_no_simile(text: str) -> None:
    assert _client_quotes(text) == []


def test_a_simile_given_as_a_reason_is_quoted_without_the_because() -> None:
    quotes = _quotes(C("Why do you stay out so late after the shift?"),
                     P("Because Mele. Because she look at me like a broken escalator, people walk past and shake the head."))
    assert any(q.lower().startswith("she look at me like a broken escalator") for q in quotes)


@pytest.mark.parametrize("text, image", [
    ("seven madam shoulders are like stone", "shoulders are like stone"),
    ("Like two plates grinding under my ribs. The pressure builds and builds.", "two plates grinding under my ribs"),
    ("too much i eat like a bear before winter the whole bread in the evening", "eat like a bear before winter"),
])
def test_images_read_off_blind31(text: str, image: str) -> None:
    assert any(image in q for q in _client_quotes(text))


@pytest.mark.parametrize("text", ["I slept like two hours, maybe three.", "I ate like a sandwich and went back to bed.",
                                  "It was like three in the morning when he rang."])
def test_amounts_and_fillers_after_like_are_no_image(text: str) -> None:
    assert _client_quotes(text) == []


@pytest.mark.parametrize("text, kept", [
    ("I still eat like a horse.", False),
    ("My heart is like a horse running and I can't stop it.", True),
    ("My heart is like a bird in a box.", True),
])
def test_eating_like_a_horse_is_stock_but_a_horse_running_is_an_image(text: str, kept: bool) -> None:
    assert bool(_client_quotes(text)) is kept


def test_eyes_said_to_be_like_a_counted_thing_are_an_image() -> None:
    assert any("two burnt chapatis" in q for q in _client_quotes(
        "Working, working. Eighty returns this week. My eyes are like two burnt chapatis by the evening."))


def test_the_speaker_as_what_is_left_after_the_party() -> None:
    from scribe.extract.metaphors import extract_metaphors

    got = extract_metaphors([{"speaker": "client", "text": "Badly. Now I'm a paper lantern after the festival. No light in it."}])
    assert [m["quote"] for m in got] == ["I'm a paper lantern after the festival"]
    assert extract_metaphors([{"speaker": "client", "text": "I'm a wreck after the party."}]) == []
