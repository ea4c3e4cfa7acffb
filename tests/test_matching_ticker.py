"""headline_ticker: runs of stamped headlines that go back in time are a news ticker;
runs that go forward (a programme, a timetable, a chat log) are writing."""

import pytest

from cleaner import Cleaner

ARTICLE = ["Мэрия открыла новый парк на набережной",
           "Новый парк открылся в субботу, рассказали в мэрии города.",
           "Горожане пришли на открытие с детьми, а вечером там играл оркестр."]
CHINESE = ["市区新开三家社区图书馆", "三家图书馆将于九月开放，周末和晚上延长开放时间，读者可以在网上预约座位。",
           "市政府还计划为行动不便的老年人提供送书上门服务，每两周一次，由志愿者负责。",
           "图书馆负责人表示，新馆藏书超过五万册，其中儿童读物占三分之一。"]


def clean(lines, lang="ru", disable=()):
    return Cleaner(disable=disable).clean("\n".join(lines) + "\n", lang=lang)


# Chinese line rules that take stamped list items before the ticker sees them; the ticker's own
# tests below turn them off, and check that with them on the same lines go all the same.
CHINESE_STAMP_RULES = ("zh-listed-headline-stamp", "zh-stamp-bullet", "zh-stamped-headline")


def removed_by(result, rule_id="headline-ticker"):
    return [r.text for r in result.removals if r.rule_id == rule_id]


def test_a_ticker_newest_first_goes_with_every_line_named_in_the_audit():
    ticker = ["18:51 // Минюст отказался регистрировать партию",
              "18:39 // Кладбища готовят к поминальным дням",
              "18:25 // Боксёр оскорбил соперников перед боем",
              "17:56 // В Луцке началась акция протеста"]
    result = clean([*ARTICLE, *ticker])
    assert result.text == "\n".join(ARTICLE) + "\n"
    assert removed_by(result) == ticker


def test_a_programme_runs_forward_in_time_and_stays():
    programme = ["09:00 Регистрация участников", "10:00 Открытие и приветствие ректора",
                 "11:30 Первая секция: история города", "13:00 Обед"]
    text = [*ARTICLE, *programme]
    assert clean(text).text == "\n".join(text) + "\n"


def test_a_programme_over_three_days_with_times_only_stays():
    # Each day starts the clock again: it goes back twice, but forward more often.
    days = [f"{hour}:00 Заседание секции {n}" for n, hour in enumerate([9, 12, 15, 9, 12, 15, 9, 12, 15])]
    text = [*ARTICLE, *days]
    assert clean(text).text == "\n".join(text) + "\n"


def test_a_live_blog_of_prose_newest_first_stays():
    blog = ["14:20 Министр прибыл в порт. Его встретили рабочие и журналисты.",
            "13:55 Кортеж задержался на мосту. Полиция перекрыла движение.",
            "13:10 Делегация вылетела из столицы. Визит продлится два дня."]
    text = [*ARTICLE, *blog]
    assert clean(text).text == "\n".join(text) + "\n"


def test_a_chat_log_runs_forward_and_stays():
    log = ["[12:01] Anna: are you coming tonight", "[12:03] Ben: yes, after work",
           "[12:04] Anna: great, see you at eight", "[12:10] Ben: see you"]
    text = ["Our group chat", "We saved the chat from the evening we planned the trip.", *log]
    assert clean(text, lang="en").text == "\n".join(text) + "\n"


def test_two_stamped_lines_are_no_ticker():
    pair = ["18:51 // Минюст отказался регистрировать партию", "18:39 // Кладбища готовят к поминальным дням"]
    text = [*ARTICLE, *pair]
    assert clean(text).text == "\n".join(text) + "\n"


def test_stamps_after_the_headline_in_no_order_make_a_most_read_box():
    box = ["- ． 市区新开三家社区图书馆 (01/16 18:02)", "- ． 地铁五号线延长至机场 (01/16 20:44)",
           "- ． 老街改造工程正式启动 (01/16 15:09)", "- ． 冬季供暖费用下调 (01/17 07:55)",
           "- ． 公园湖面结冰 禁止滑冰 (01/16 21:45)"]
    result = clean([*CHINESE, *box], lang="zh-cn", disable=CHINESE_STAMP_RULES)
    assert removed_by(result) == box
    assert clean([*CHINESE, *box], lang="zh-cn").text == "\n".join(CHINESE) + "\n"


def test_a_headline_and_its_stamp_on_the_next_line_count_as_one():
    ticker = ["- 流感疫情进入高峰", "- [20:07] 01-12", "- 医院春节照常门诊", "- [19:44] 01-12",
              "- 冬季要注意保暖", "- [19:04] 01-12"]
    result = clean([*CHINESE, *ticker], lang="zh-cn", disable=CHINESE_STAMP_RULES)
    assert removed_by(result) == ticker
    assert clean([*CHINESE, *ticker], lang="zh-cn").text == "\n".join(CHINESE) + "\n"


def test_the_senders_of_a_forwarded_email_are_no_ticker():
    # Each quoted message opens with its sender and when it was sent, newest first: the
    # order of a ticker, but an address is a sender's, never a headline's.
    thread = ["The bid went in on Monday, and we heard back from the utility today.",
              "Ann Lee", "08/17/2000 11:21 AM",
              "Please send me the numbers before the meeting.",
              "Bob Stone", "08/16/2000 03:48 PM",
              "Tom Reed@EXAMPLE", "08/15/2000 06:23 PM",
              "carol@example.com on 08/15/2000 06:03:48 PM",
              "Here are the figures you asked for last week."]
    result = clean(thread, lang="en")
    assert removed_by(result) == []
    assert result.text == "\n".join(thread) + "\n"


# A ticker printing each headline over its story's first sentence (its teaser), newest first.
TEASED = ["10:17 Новый мост через реку откроют в мае",
          "Строители закончили укладку пролётов, сообщили в городской администрации.",
          "10:15 Усилена охрана здания вокзала",
          "У здания вокзала дежурят наряды полиции, проход к перронам открыт.",
          "10:10 Курс доллара вырос на две копейки",
          "Курс доллара в первые минуты торгов вырос на две копейки.",
          "09:50 Движение на шоссе закрыли до пятницы",
          "Движение на шоссе закрыто из-за ремонта, объезд идёт через посёлок."]


# A story longer than the teasers beside it: a box of other stories' teasers is smaller than
# the article, where a live blog's entries outweigh its intro (the tests below keep those).
LONG_ARTICLE = [*ARTICLE,
                "В парке высадили двести деревьев и проложили велосипедную дорожку вдоль реки до самого моста.",
                "Летом на набережной будут работать кафе, а по выходным там пройдут концерты городского оркестра.",
                "Мэрия обещает, что к осени в парке откроется детская площадка и пункт проката лодок."]


def test_a_ticker_with_a_teaser_under_each_headline_goes_teasers_and_all():
    # The last headline's next line may be the article's first paragraph: a teaser goes only
    # between two stamped headlines.
    result = clean([*LONG_ARTICLE, *TEASED])
    assert removed_by(result) == TEASED[:-1]
    assert result.text == "\n".join([*LONG_ARTICLE, TEASED[-1]]) + "\n"
    assert {r.family for r in result.removals if r.rule_id == "headline-ticker"} == {"ticker"}


def test_a_live_blog_of_three_stamped_headings_and_paragraphs_stays():
    # Three entries newest first, each a stamped heading and one paragraph: a ticker with teasers
    # asks four stamps, so a short live blog reads as the story it is.
    blog = ["14:20 Министр прибыл в порт",
            "Его встретили рабочие и журналисты, он осмотрел новый причал.",
            "13:55 Кортеж задержался на мосту",
            "Полиция перекрыла движение на двадцать минут.",
            "13:10 Делегация вылетела из столицы",
            "Визит продлится два дня."]
    text = [*ARTICLE, *blog]
    assert clean(text).text == "\n".join(text) + "\n"


STORM_LIVE = ["Storm hits the coast: live updates",
             "The storm made landfall early on Tuesday near the harbour town, bringing winds of up to 150 km/h.",
             "Thousands of homes are without power and the regional government has opened shelters in schools.",
             "14:05 Ferries cancelled for the rest of the day",
             "The port authority said no boats would leave before Wednesday morning at the earliest.",
             "13:40 Schools close in three districts",
             "Parents were asked to collect their children before the roads become impassable.",
             "13:12 Power lines down on the coastal road",
             "Engineers say repairs cannot start until the wind drops below gale force.",
             "12:55 Shelters open in the town hall and two schools",
             "About 400 people had registered by noon, the mayor's office said.",
             "12:30 Red warning issued for the whole coast",
             "The weather service raised its warning to the highest level this morning."]


@pytest.mark.parametrize("text, lang", [
    (STORM_LIVE, "en"),
    # Headings that share no word with the intro: the entries, each with its paragraph,
    # outweigh the intro, as a live blog's do, and a box of teasers beside a story does not.
    (["Election night: live",
      "Polls closed at ten and the first results are expected from the north-east within the hour.",
      "Turnout looked high in many towns, officials said, with queues outside some polling stations.",
      "01:40 Greens hold Brighton",
      "The party kept its only seat with a larger majority than five years ago.",
      "01:15 Sunderland first to declare again",
      "The city counted its votes in under an hour for the seventh election running.",
      "00:50 Recount ordered in Hastings",
      "Only forty votes separated the first two candidates after the first count.",
      "00:20 Swindon declares",
      "The seat changed hands for the first time since the boundaries were redrawn."], "en"),
    # The same in Russian: its words change their endings ("школы", "школах"), their first letters stay.
    (["Шторм на побережье: онлайн",
      "Шторм обрушился на побережье во вторник утром, ветер достигает 150 километров в час.",
      "Тысячи домов остались без электричества, в школах открыты пункты временного размещения.",
      "14:05 Паромы отменены до конца дня",
      "Портовые власти сообщили, что суда не выйдут в море до утра среды.",
      "13:40 Школы закрыты в трёх районах",
      "Родителей попросили забрать детей до того, как дороги станут непроезжими.",
      "13:12 Оборваны линии электричества на прибрежной дороге",
      "Ремонтники начнут работу, когда ветер ослабнет.",
      "12:55 Пункты размещения открыты в ратуше и двух школах",
      "К полудню там зарегистрировались около 400 человек, сообщили в мэрии."], "ru"),
    # In Greek a word's accent moves as it inflects ("ανέμους" in the intro, "Άνεμοι" in a heading):
    # the words are compared without their accents.
    (["Κακοκαιρία στην Κρήτη: live",
      "Η κακοκαιρία έφτασε στην Κρήτη τη νύχτα, με πολύ ισχυρούς ανέμους σε όλη την ακτή.",
      "Τα πλοία από τον Πειραιά δεν αναχωρούν και τα σχολεία μένουν κλειστά σήμερα.",
      "14:20 Ξεκινούν ξανά τα πλοία από τον Πειραιά",
      "Τα πρώτα πλοία αναχωρούν με καθυστέρηση.",
      "13:45 Πάνω από 300 κλήσεις στην πυροσβεστική",
      "Οι περισσότερες για δέντρα που έπεσαν σε δρόμους.",
      "12:30 Κλειστά τα σχολεία και αύριο",
      "Η περιφέρεια θα αποφασίσει το βράδυ.",
      "11:50 Άνεμοι 140 χλμ. την ώρα στην ακτή",
      "Η ΕΜΥ παρατείνει την προειδοποίηση ως το βράδυ.",
      "11:05 Ακυρώνονται πτήσεις στο Ηράκλειο",
      "Πάνω από σαράντα πτήσεις ακυρώνονται σήμερα."], "el"),
    # Chinese has no spaces to find words by; its teasers open on no capital, so they are never
    # read as teasers, and headings over paragraphs make no run at all.
    (["台风登陆广东：直播", "台风昨夜在广东沿海登陆，沿海地区风力很大，许多树木被吹倒。",
      "广州和深圳之间的火车已经停运，今天所有学校停课。",
      "14:20 广州至深圳火车恢复运行", "首批列车已经开出，但有延误。",
      "13:45 消防部门出动三百多次", "大多数是清理倒在道路上的树木。",
      "12:30 学校明天继续停课", "教育局将在今晚决定是否复课。",
      "11:50 沿海阵风达到每小时140公里", "气象台将预警延长到今晚。",
      "11:05 深圳机场取消航班", "今天有四十多个航班取消。"], "zh"),
])
def test_a_live_blog_under_its_headline_and_intro_stays(text, lang):
    # Stamped headings newest first, each with its paragraph, after an intro of two paragraphs:
    # the shape of a ticker of teasers beside an article, but its headings tell the intro's own
    # story (schools, power, shelters): other stories' teasers share few of its words.
    assert removed_by(clean(text, lang=lang)) == []


def test_a_ticker_on_the_article_s_topic_with_a_teaser_here_and_there_still_goes():
    # A site's list of its stories on the same topic shares the article's words, and one
    # headline in it may carry a line under it; a live blog gives each entry its paragraph.
    story = ["Council agrees the city budget",
             "The council agreed the city budget on Tuesday after a debate of six hours.",
             "The budget keeps bus fares as they are and adds money for the libraries."]
    ticker = ["18:40 Budget vote delayed by an hour",
              "Council members argued over the library fund.",
              "18:10 Opposition walks out of budget debate",
              "17:55 Mayor defends bus fares in council",
              "17:20 Libraries to get more money, council says",
              "16:45 Council opens debate on the city budget"]
    assert removed_by(clean([*story, *ticker], lang="en")) == ticker


def test_two_paragraphs_under_a_headline_end_the_run():
    # A teaser is one line: two paragraphs under a stamped heading are a story's, and the run
    # stops there (three stamps before it: with teasers, too few).
    blog = [*TEASED[:6], "Биржа открылась в плюсе.", *TEASED[6:]]
    text = [*ARTICLE, *blog]
    assert removed_by(clean(text)) == []


def test_a_ticker_longer_than_its_story_is_weighed_apart_by_the_guard():
    # A short story under a long ticker: the ticker, proven by its stamps, does not count in the
    # over-cleaning guard's share, and the page is not given back whole. (The story is its
    # headline and two short paragraphs: a headline and one sentence beside stamped headings
    # and their paragraphs read as a live blog, which the next tests keep.)
    ticker = [f"{hour}:{minute:02d} // {headline}" for hour, minute, headline in [
        (18, 51, "Минюст отказался регистрировать партию"), (18, 39, "Кладбища готовят к поминальным дням"),
        (18, 25, "Боксёр оскорбил соперников перед боем"), (17, 56, "В Луцке началась акция протеста"),
        (17, 40, "В центре города перекрыли две улицы"), (17, 12, "Синоптики обещают снег к выходным"),
        (16, 58, "Футбольный клуб сменил главного тренера"), (16, 30, "В метро открыли новую станцию"),
        (16, 5, "Цены на бензин не изменятся до лета"), (15, 47, "Школьники победили на олимпиаде")]]
    result = clean([*ARTICLE, *ticker])
    assert removed_by(result) == ticker
    taken = sum(len(r.text) for r in result.removals if r.rule_id == "headline-ticker")
    assert taken > 0.7 * sum(len(line) for line in [*ARTICLE, *ticker])
    assert not [n for n in result.notices if n.step == "suspicious"]
    assert all(line in result.text for line in ARTICLE)


def test_a_ticker_whose_stamps_a_date_rule_took_first_still_goes():
    # Each stamp alone over its headline: ru-date-stamp takes the stamps before the ticker runs,
    # and the headlines, read with the stamps it took, still make a ticker newest first.
    ticker = []
    for time, headline in [("10:11", "На окраине города провалился мост"),
                           ("10:06", "Правительство определило дежурных министров"),
                           ("09:59", "На шахте потушили пожар"),
                           ("09:45", "В парке открыли новый каток")]:
        ticker += ["-", time, headline]
    result = clean([*ARTICLE, *ticker])
    assert result.text == "\n".join(ARTICLE) + "\n"
    headlines = ticker[2::3]
    assert removed_by(result) == headlines
    assert set(removed_by(result, "ru-date-stamp")) == set(ticker[1::3])


def test_headlines_under_stamps_going_forward_stay():
    # A programme with its times alone over each item: the times go, as stamps; the items stay.
    programme = []
    for time, item in [("09:00", "Регистрация участников"), ("10:00", "Открытие конференции"),
                       ("11:30", "Первая секция"), ("13:00", "Обед")]:
        programme += [time, item]
    result = clean([*ARTICLE, *programme])
    assert removed_by(result) == []
    assert all(item in result.text for item in programme[1::2])


# The ticker is weighed apart by the over-cleaning guard, so it must itself tell a ticker beside
# an article from a text that is only stamped lines newest first (atk7).
LIVE_BLOG = ["Storm Ciara: what we know so far",
             "18:40 Power back in most of the city",
             "Engineers restored supply to 40,000 homes in the east of the city, the grid operator said.",
             "17:55 Schools to stay closed on Monday",
             "The council said every school in the district would stay shut while roofs are checked.",
             "17:10 Trains resume on the coast line",
             "The first train left the central station at five past five, half an hour late.",
             "16:30 Two people rescued from a car in floodwater",
             "Firefighters pulled a man and a woman from a car trapped under a railway bridge."]


@pytest.mark.parametrize("intro", [[], ["The storm reached the coast on Saturday night, bringing winds of "
                                        "up to 90 miles an hour."]])
def test_a_live_blog_of_four_stamped_headings_and_paragraphs_newest_first_stays(intro):
    text = [LIVE_BLOG[0], *intro, *LIVE_BLOG[1:]]
    result = clean(text, lang="en")
    assert removed_by(result) == []
    assert result.text == "\n".join(text) + "\n"


def test_a_german_live_ticker_under_its_heading_stays():
    blog = ["Bundestagswahl: Der Abend im Liveticker",
            "22:15 Kanzler räumt Niederlage ein",
            "Vor seinen Anhängern sprach er von einem bitteren Abend für seine Partei.",
            "21:40 Grüne sehen sich als Gewinner",
            "Die Parteispitze sprach in Berlin von einem historischen Ergebnis.",
            "20:55 Hochrechnung: Union knapp vorn",
            "Nach der neuesten Hochrechnung liegt die Union einen Punkt vor der SPD.",
            "19:30 Wahlbeteiligung höher als 2017",
            "Bis zum Nachmittag hatten deutlich mehr Menschen gewählt als vor vier Jahren."]
    assert clean(blog, lang="de").text == "\n".join(blog) + "\n"


@pytest.mark.parametrize("lines", [
    # a chronology newest first, a chat log newest first, a story told backwards by the clock
    ["Timeline of the pandemic", "11.03.2020 WHO declares a pandemic",
     "30.01.2020 WHO declares a public health emergency", "23.01.2020 Wuhan is placed under lockdown",
     "31.12.2019 First cluster of cases reported in Wuhan"],
    ["[14:05] anna: ok, pushing the fix now", "[14:02] ben: tests pass on my machine",
     "[13:58] anna: can you run the suite again", "[13:51] ben: the build is red again"],
    ["23:50 Still no call from her", "23:10 The last bus goes by without stopping",
     "22:45 I check the phone again", "22:05 She said she would ring at ten"],
])
def test_a_text_that_is_only_stamped_lines_newest_first_is_no_ticker(lines):
    result = clean(lines, lang="en")
    assert removed_by(result) == []
    assert result.text == "\n".join(lines) + "\n"


def test_entries_under_stamps_a_date_rule_took_are_kept_when_nothing_else_is_there():
    # A French live page printing each time alone over its entry: fr-date-stamp takes the
    # times (as before this round), the entries stay.
    entries = ["Le ministre arrive au sommet", "Les manifestants se rassemblent devant la mairie",
               "La police ferme le pont principal", "Premières arrivées des délégations"]
    lines = [x for time, entry in zip(["14:32", "14:10", "13:45", "13:20"], entries) for x in (time, entry)]
    result = clean(lines, lang="fr")
    assert removed_by(result) == []
    assert all(entry in result.text for entry in entries)


def test_only_a_headline_opening_on_its_stamp_carries_a_teaser():
    # A headline with its stamp at its end, then a sentence: the sentence is no teaser of a
    # ticker's, and the run of headlines opening on their stamps after it goes alone.
    story = ["Night trams return to Basel",
             "The city council voted on Tuesday to bring back night trams on the three busiest lines.",
             "From July, trams will run every thirty minutes between midnight and five in the morning."]
    teaser = "The path reopens in August after two years of work on the old bridge."
    ticker = ["10:15 Festival boats draw record crowds", "09:50 Zoo welcomes its first elephant calf",
              "09:20 Market hall reopens after renovation", "08:55 Council approves the new budget"]
    result = clean([*story, "Bridge works close the Rhine path (10:40)", teaser, *ticker], lang="en")
    assert removed_by(result) == ticker
    assert teaser in result.text


ENGLISH = ["Harbour town opens its new ferry terminal",
           "The new terminal on the east quay opened on Monday, two years after the old shed burned down.",
           "Ferries to the islands will leave every hour in the summer, and every two hours in the winter."]


def test_one_days_stories_each_stamped_with_that_date_go():
    # The page goes on under the box (its tools' row); a one-day list closing the text is the
    # story's own (tests/test_attack22.py).
    box = ["14.05.2009: Council votes on the bridge tolls", "14.05.2009: Profile: the last lighthouse keeper",
           "14.05.2009: Fishing fleet returns early", "14.05.2009: Leader: a harbour for everyone"]
    result = clean([*ENGLISH, *box, "Print this page | Email it"], lang="en")
    assert result.text.startswith("\n".join(ENGLISH) + "\n")
    assert removed_by(result) == box


def test_three_lines_of_one_date_sources_of_one_date_or_a_log_of_one_minute_stay():
    three = ["14.05.2009: Council votes on the bridge tolls", "14.05.2009: Fishing fleet returns early",
             "14.05.2009: Leader: a harbour for everyone"]
    text = [*ENGLISH, *three]
    assert clean(text, lang="en").text == "\n".join(text) + "\n"
    # A reference list prints the day its sources were read at the end of each entry.
    sources = ["  - 1. 港口收费标准公布 ．本地新闻[引用日期2014-05-19]", "  - 2. 渡轮公司年度报告 ．海港日报[引用日期2014-05-19]",
               "  - 3. 市议会会议纪要 ．市政网[引用日期2014-05-19]", "  - 4. 东码头潮汐表 ．海洋网[引用日期2014-05-19]"]
    assert not removed_by(clean([*CHINESE, *sources], lang="zh-cn"))
    # A time alone names no day: a log's lines of one minute are no box of one day's stories.
    log = ["[12:01] Anna: are you coming tonight", "[12:01] Ben: yes, after work",
           "[12:01] Anna: great, see you at eight", "[12:01] Ben: see you"]
    text = ["Our group chat", "We saved the chat from the evening we planned the trip.", *log]
    assert clean(text, lang="en").text == "\n".join(text) + "\n"
