/**
 * The Traditional -> Simplified converter behind 简体中文 (scripts/build-zh-hans.ts), for mainland
 * readers: OpenCC's Hong Kong -> Mainland phrase conversion, plus mainland vocabulary and mainland
 * quotation marks.
 *
 * Which OpenCC configuration? `hk -> cn` converts characters and phrases but keeps Hong Kong and
 * Taiwan words (伺服器 -> 伺服器, 螢幕 -> 萤幕, 滑鼠, 檔案 -> 档案, 支援, 透過 -> 透过, 儲存 -> 储存,
 * 連結 -> 连结). `twp -> cn` has a vocabulary table (TWPhrasesRev) that gives 服务器, 屏幕, 鼠标,
 * 文件, 分辨率, 剪贴板, 支持, 保存, 链接, but it is written for Taiwan text and breaks ours:
 * 哈薩克斯坦 -> 哈萨克斯坦斯坦 (Taiwan's short 哈薩克 is lengthened), 行程 -> 进程, 投影片 -> 投视频,
 * 建立 -> 创建, 三年內建成 -> 三年内置成, 文件 -> 文档, 香港智慧城市藍圖 -> 智能 (a proper name), and it
 * keeps 透过. So the chain here is `hk -> cn` with a small mainland vocabulary of our own, checked
 * against every string of the app (scripts/zhHansConverter.test.ts samples it).
 */
import * as OpenCC from 'opencc-js';

type Pair = readonly [string, string];

/**
 * Hong Kong / Taiwan words -> mainland words, in Traditional characters (the table runs before the
 * Traditional -> Simplified step). Each keeps the length of the word it replaces, so a converted
 * string lines up with its Traditional original character for character.
 */
export const MAINLAND_VOCABULARY: readonly Pair[] = [
  ['伺服器', '服務器'],
  ['螢幕', '屏幕'],
  ['滑鼠', '鼠標'],
  ['檔案', '文件'],
  ['解析度', '分辨率'],
  ['剪貼簿', '剪貼板'],
  ['支援', '支持'],
  ['透過', '通過'],
  ['儲存', '保存'],
  ['連結', '鏈接'],
  ['連線', '連接'],
  ['載入', '加載'],
  ['搜尋', '搜索'],
  ['匯出', '導出'],
  ['投影片', '幻燈片'],
  ['人工智慧', '人工智能'],
  ['預設', '默認'],
  ['軟體', '軟件'],
  ['列印', '打印'],
  ['資訊板', '儀表板'],
  ['資訊', '信息'],
  // Hong Kong words in the data's own wording (a mainland reader says 同比, 延伸, 全球, 借助, 数字, 融资…).
  ['抵埗', '抵達'],
  ['按年升幅', '同比升幅'],
  ['按年變幅', '同比變幅'],
  ['伸延', '延伸'],
  ['環球', '全球'],
  ['並藉', '借助'],
  // 數碼 only in these phrases: 數碼港 (Cyberport) is a name.
  ['數碼基建', '數字基建'],
  ['數碼轉型', '數字轉型'],
  ['數碼科技', '數字科技'],
  ['集資', '融資'],
  ['配對', '對接'],
  ['答允', '同意'],
  ['本港', '香港'],
  ['今次', '此次'],
  ['擴闊', '拓寬'],
  // Tax treaties: 避免雙重課稅 is 避免双重征税 on the mainland.
  ['課稅', '徵稅'],
];

/** Corner brackets -> mainland quotation marks: the outer 「」 becomes “ ”, the inner 『』 ‘ ’. */
export const MAINLAND_QUOTES: readonly Pair[] = [
  ['「', '“'],
  ['」', '”'],
  ['『', '‘'],
  ['』', '’'],
];

export function createMainlandConverter(): (traditional: string) => string {
  const { from, to } = OpenCC.Locale;
  const hkVariants = from.hk ?? [];
  const toSimplified = to.cn ?? [];
  return OpenCC.ConverterFactory(...hkVariants, [MAINLAND_VOCABULARY], ...toSimplified, [MAINLAND_QUOTES]);
}
