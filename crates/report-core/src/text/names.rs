//! Recognising Chinese personal names, for bylines and officials.

use crate::text::fold::is_han;

/// The common single-character surnames (about 230, covering well over 95%
/// of the population).
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";

const COMPOUND_SURNAMES: [&str; 10] = [
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "令狐", "尉迟", "公孙",
];

/// Characters that do not appear in bylines' names but do in captions and
/// labels: "(资料图)", "(摄影)".
const NOT_IN_NAMES: &str = "图摄供稿版区市县省镇街村局委办网报社台站";

/// A token that looks like a personal name: two to four Han characters
/// starting with a known surname.
pub fn is_person_name(token: &str) -> bool {
    let chars: Vec<char> = token.chars().collect();
    if !(2..=4).contains(&chars.len()) || !chars.iter().all(|c| is_han(*c)) {
        return false;
    }
    if chars.iter().any(|c| NOT_IN_NAMES.contains(*c)) {
        return false;
    }
    COMPOUND_SURNAMES.iter().any(|s| token.starts_with(s))
        || (chars.len() <= 3 && SURNAMES.contains(chars[0]))
}

/// A Uyghur or other minority name whose parts a dot joins (`某某·某某某`):
/// Han characters and dots, each part two characters or more.
pub fn is_dotted_name(token: &str) -> bool {
    token.contains('·')
        && token
            .split('·')
            .all(|part| part.chars().count() >= 2 && part.chars().all(is_han))
}

/// Splits a list of names ("刘华强 吕宣龙 牟峻莹", "孟强、门波") into names,
/// or `None` unless every token is a name. A name spaced out to the width
/// of longer ones (`李　强`, `王 小 明`, as official documents set names
/// in a column) is one name: no name is a single character.
pub fn split_names(text: &str) -> Option<Vec<String>> {
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '、' | ',' | '，' | '/' | '\u{3000}'))
        .filter(|t| !t.is_empty())
        .collect();
    let letter_spaced = tokens.len() > 1 && tokens.iter().all(|t| t.chars().count() == 1);
    let names: Vec<String> = if letter_spaced {
        vec![tokens.concat()]
    } else {
        tokens.into_iter().map(str::to_string).collect()
    };
    (!names.is_empty() && names.iter().all(|n| is_person_name(n))).then_some(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        for name in ["阎家鹏", "孟强", "门波", "牟峻莹", "吕灿华", "欧阳修文"] {
            assert!(is_person_name(name), "{name}");
        }
        for not_name in ["资料图", "济阳区", "新闻中心", "优美的环境", "a张三", "张"]
        {
            assert!(!is_person_name(not_name), "{not_name}");
        }
    }

    #[test]
    fn name_lists() {
        assert_eq!(split_names("刘华强 吕宣龙 牟峻莹").unwrap().len(), 3);
        assert_eq!(split_names("孟强、门波").unwrap(), vec!["孟强", "门波"]);
        // Spaced out to a column's width: one name, not two characters.
        assert_eq!(split_names("李\u{3000}强").unwrap(), vec!["李强"]);
        assert_eq!(split_names("王 小 明").unwrap(), vec!["王小明"]);
        assert_eq!(split_names("县 委"), None);
        assert_eq!(split_names("济阳区信息新闻中心"), None);
        assert_eq!(split_names("资料图"), None);
    }
}
