// SPDX-License-Identifier: Apache-2.0
// Business words of Persian and Arabic company names, in their own script, with their English translation.
// Lists print such names in English or in a romanisation (MAHAN AIR, SHERKAT-E HAVAPEYMAYI MAHAN); a query
// typed in Persian ("شرکت هواپیمایی ماهان") romanises to consonants ("shrkt hwapymayy mahan") that match
// neither, and its one distinctive word is left to carry the name alone. chokepoint's own table, written
// from the languages' vocabularies (not from any list). The keys are the table's words romanised by the
// same code as the queries (romanize_arabic_script), so the two cannot drift apart.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "match/detail/arabic.hpp"
#include "match/detail/business_words.hpp"

namespace cp::match::detail {

namespace {

// clang-format off
constexpr ScriptWord business_words[] = {
    // Persian.
    {"شرکت", "company"}, {"هواپیمایی", "airline"}, {"هوایی", "air"}, {"ایر", "air"}, {"هواپیما", "aircraft"},
    {"هوافضا", "aerospace"}, {"صنایع", "industries"}, {"صنعتی", "industrial"}, {"صنعت", "industry"},
    {"بازرگانی", "trading"}, {"تجارت", "trading"}, {"تجاری", "commercial"}, {"کشتیرانی", "shipping"},
    {"بانک", "bank"}, {"گروه", "group"}, {"ملی", "national"}, {"نفت", "oil"}, {"نفتکش", "tanker"},
    {"پتروشیمی", "petrochemical"}, {"مهندسی", "engineering"}, {"سازمان", "organization"},
    {"موسسه", "institution"}, {"مؤسسه", "institution"}, {"بنیاد", "foundation"}, {"خدمات", "services"},
    {"فولاد", "steel"}, {"تولیدی", "production"}, {"تولید", "production"}, {"پژوهشگاه", "research"},
    {"پژوهشکده", "research"}, {"پژوهش", "research"}, {"تحقیقات", "research"}, {"مرکز", "center"},
    {"مرکزی", "central"}, {"وزارت", "ministry"}, {"بیمه", "insurance"}, {"سرمایه‌گذاری", "investment"},
    {"سرمایه گذاری", "investment"}, {"توسعه", "development"}, {"صرافی", "exchange"}, {"تعاونی", "cooperative"},
    {"اسلامی", "islamic"}, {"دریایی", "maritime"}, {"ساختمانی", "construction"}, {"ساختمان", "construction"},
    {"سیمان", "cement"}, {"کارخانه", "factory"}, {"کارخانجات", "factory"}, {"ایران", "iran"},
    {"جمهوری", "republic"}, {"بین‌المللی", "international"}, {"بین المللی", "international"},
    {"الکترونیک", "electronics"}, {"مخابرات", "telecommunication"}, {"ارتباطات", "communications"},
    {"حمل و نقل", "transport"}, {"لجستیک", "logistics"}, {"سپاه", "corps"}, {"پاسداران", "guards"},
    {"انقلاب", "revolution"}, {"نیروی", "force"}, {"دانشگاه", "university"}, {"معدنی", "mining"},
    {"کشاورزی", "agriculture"}, {"فناوری", "technology"}, {"تکنولوژی", "technology"}, {"انرژی", "energy"},
    {"پالایش", "refining"}, {"پالایشگاه", "refinery"}, {"دارویی", "pharmaceutical"},
    {"شیمیایی", "chemical"}, {"هلدینگ", "holding"}, {"تجهیزات", "equipment"}, {"قطعات", "parts"},
    {"دفاعی", "defence"}, {"ارتش", "army"}, {"موشکی", "missile"},
    // Iranian legal forms, as the lists spell them in Latin letters (reference.cpp reads those).
    {"سهامی عام", "sahami aam"}, {"سهامی خاص", "sahami khass"}, {"با مسئولیت محدود", "llc"},
    {"مسئولیت محدود", "llc"},
    // Arabic (the article al- is split off by the romanisation: the words are given without it).
    {"شركة", "company"}, {"مؤسسة", "institution"}, {"مصرف", "bank"}, {"بنك", "bank"}, {"تجارة", "trading"},
    {"للتجارة", "trading"}, {"تجارية", "commercial"}, {"دولية", "international"}, {"دولي", "international"},
    {"عالمية", "international"}, {"مجموعة", "group"}, {"جمعية", "society"}, {"خيرية", "charitable"},
    {"وطنية", "national"}, {"وطني", "national"}, {"صرافة", "exchange"}, {"للصرافة", "exchange"},
    {"صناعية", "industrial"}, {"صناعات", "industries"}, {"للصناعات", "industries"}, {"نفط", "oil"},
    {"للنفط", "oil"}, {"إسلامية", "islamic"}, {"إسلامي", "islamic"}, {"مكتب", "office"}, {"وكالة", "agency"},
    {"هيئة", "authority"}, {"استثمار", "investment"}, {"للاستثمار", "investment"}, {"قابضة", "holding"},
    {"محدودة", "limited"}, {"نقل", "transport"}, {"للنقل", "transport"}, {"شحن", "shipping"},
    {"للشحن", "shipping"}, {"بحري", "maritime"}, {"بحرية", "maritime"}, {"طيران", "aviation"},
    {"للطيران", "aviation"}, {"جوية", "air"}, {"سياحة", "tourism"}, {"للسياحة", "tourism"},
    {"للخدمات", "services"}, {"عامة", "general"}, {"تنمية", "development"}, {"للتنمية", "development"},
    {"مقاولات", "contracting"}, {"للمقاولات", "contracting"}, {"هندسية", "engineering"},
    {"للهندسة", "engineering"}, {"إنشاءات", "construction"}, {"تأمين", "insurance"}, {"جامعة", "university"},
    {"وزارة", "ministry"}, {"منظمة", "organization"}, {"مركز", "center"}, {"جيش", "army"},
    {"اسلامية", "islamic"}, {"اسلامي", "islamic"},  // written without the hamza
    // Armed groups' names, as the UN list gives them in English (Libyan Islamic Fighting Group).
    {"جماعة", "group"}, {"مقاتلة", "fighting"}, {"شبكة", "network"}, {"شبکه", "network"}, {"دولة", "state"},
    {"جبهة", "front"}, {"حركة", "movement"}, {"كتائب", "brigades"}, {"لواء", "brigade"}, {"في", "in"},
    {"ليبية", "libyan"}, {"مغربية", "moroccan"}, {"تونسية", "tunisian"}, {"عراق", "iraq"}, {"يمن", "yemen"},
    {"شام", "levant"},
};
// clang-format on

std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> words;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t end = std::min(text.find(' ', pos), text.size());
        if (end > pos) words.emplace_back(text.substr(pos, end - pos));
        pos = end + 1;
    }
    return words;
}

std::string join(const std::vector<std::string>& words, std::size_t begin, std::size_t end) {
    std::string out;
    for (std::size_t idx = begin; idx < end; ++idx) {
        if (!out.empty()) out += ' ';
        out += words[idx];
    }
    return out;
}

struct Table {
    std::unordered_map<std::string, std::string_view> phrases;  // romanised words, space-separated
    std::size_t longest = 1;                                    // in words
};

const Table& table() {
    static const Table built = [] {
        Table out;
        for (const ScriptWord& row : business_words) {
            // Persian letters change how some Arabic letters read (ذ is z in Persian, dh in Arabic): a word
            // is keyed as it romanises in either language's text.
            for (const bool persian : {false, true}) {
                const std::vector<std::string> words =
                    split_words(romanize_arabic_script(row.script, persian));
                if (words.empty()) continue;
                out.phrases.emplace(join(words, 0, words.size()), row.english);
                out.longest = std::max(out.longest, words.size());
            }
        }
        return out;
    }();
    return built;
}

}  // namespace

std::string translate_business_words(std::string_view romanised) {
    const Table& words_table = table();
    const std::vector<std::string> words = split_words(romanised);
    std::vector<std::string> out;
    bool changed = false;
    for (std::size_t idx = 0; idx < words.size();) {
        std::size_t taken = 0;
        // Longest phrase first: "byn al mlly" (international) before a word of it.
        for (std::size_t len = std::min(words_table.longest, words.size() - idx); len > 0 && taken == 0;
             --len) {
            const auto it = words_table.phrases.find(join(words, idx, idx + len));
            if (it == words_table.phrases.end()) continue;
            // The article belongs to the Arabic word: the English one goes without it (al jmaa -> group).
            if (!out.empty() && out.back() == "al") out.pop_back();
            out.emplace_back(it->second);
            taken = len;
        }
        if (taken == 0) {
            out.push_back(words[idx]);
            taken = 1;
        } else {
            changed = true;
        }
        idx += taken;
    }
    return changed ? join(out, 0, out.size()) : std::string();
}

}  // namespace cp::match::detail
