import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import table from '../src/i18n/zh-hans.generated.json';
import { MAINLAND_VOCABULARY, createMainlandConverter } from './zhHansConverter';

const convert = createMainlandConverter();

describe('mainland Simplified converter', () => {
  it('gives mainland vocabulary where OpenCC hk -> cn keeps Hong Kong words', () => {
    const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
    const words: [string, string][] = [
      ['伺服器', '服务器'],
      ['螢幕', '屏幕'],
      ['滑鼠', '鼠标'],
      ['檔案', '文件'],
      ['解析度', '分辨率'],
      ['剪貼簿', '剪贴板'],
      ['支援', '支持'],
      ['透過', '通过'],
      ['儲存', '保存'],
      ['連結', '链接'],
    ];
    for (const [traditional, mainland] of words) {
      expect(convert(traditional), traditional).toBe(mainland);
      expect(hk(traditional), `hk -> cn keeps ${traditional}`).not.toBe(mainland);
    }
  });

  it('leaves names and documents alone where the Taiwan phrase table would break them', () => {
    expect(convert('哈薩克斯坦')).toBe('哈萨克斯坦');
    expect(convert('烏茲別克斯坦、吉爾吉斯斯坦')).toBe('乌兹别克斯坦、吉尔吉斯斯坦');
    expect(convert('政府文件')).toBe('政府文件');
    expect(convert('五天行程')).toBe('五天行程');
    expect(convert('三年內建成數字化國家')).toBe('三年内建成数字化国家');
    expect(convert('香港智慧城市藍圖')).toBe('香港智慧城市蓝图');
  });

  it('writes mainland quotation marks, nested ones included', () => {
    expect(convert('「一帶一路」')).toBe('“一带一路”');
    expect(convert('他說：「報道稱『恢復』直航。」')).toBe('他说：“报道称‘恢复’直航。”');
  });

  it('turns the Hong Kong words of the data into mainland ones, and leaves the name 數碼港 alone', () => {
    const cases: [string, string][] = [
      ['李家超抵埗後', '李家超抵达后'],
      ['哈國2025年GDP按年升幅', '哈国2025年GDP同比升幅'],
      ['外貿總值按年變幅', '外贸总值同比变幅'],
      ['由金融伸延至文旅', '由金融延伸至文旅'],
      ['環球市場渠道', '全球市场渠道'],
      ['並藉香港的角色', '借助香港的角色'],
      ['數碼基建、數碼轉型、數碼科技', '数字基建、数字转型、数字科技'],
      ['上市集資', '上市融资'],
      ['初創企業配對', '初创企业对接'],
      ['烏國答允', '乌国同意'],
      ['本港青年', '香港青年'],
      ['今次外訪', '此次外访'],
      ['擴闊渠道', '拓宽渠道'],
      ['全面性避免雙重課稅協定', '全面性避免双重征税协定'],
      ['數碼港', '数码港'],
    ];
    for (const [traditional, mainland] of cases) expect(convert(traditional), traditional).toBe(mainland);
  });

  it('keeps each word the length of its original, so strings line up character by character', () => {
    for (const [from, to] of MAINLAND_VOCABULARY) expect([...to].length, from).toBe([...from].length);
  });
});

describe('the generated table (sampled)', () => {
  const values = Object.values(table.phrases);

  it('holds no Hong Kong word or corner bracket in its Simplified strings', () => {
    expect(values.length).toBeGreaterThan(300);
    for (const value of values) {
      expect(value).not.toMatch(/[「」『』]/);
      expect(value).not.toMatch(/伺服器|萤幕|滑鼠|档案|透过|储存|连结|剪贴簿|载入|搜寻|汇出/);
      // Hong Kong words a mainland reader would not use (the data's own wording and the interface's).
      expect(value).not.toMatch(/抵埗|按年升幅|按年变幅|伸延|环球|并藉|数码基建|数码转型|数码科技|集资|配对|答允|本港|今次|港陆代表|扩阔|程式码|资讯板|课税/);
    }
  });

  it('converts the interface and the data as a mainland reader expects', () => {
    const phrase = (traditional: string) => (table.phrases as Record<string, string>)[traditional];
    expect(phrase('伺服器未能及時回應。')).toBe('服务器未能及时回应。');
    expect(phrase('網絡請求失敗。請檢查連線後重試。')).toBe('网络请求失败。请检查连接后重试。');
    expect(phrase('取消連結')).toBe('取消链接');
    expect(phrase('搜尋（中文或英文）')).toBe('搜索（中文或英文）');
    expect(phrase('開啟完整資訊板')).toBe('开启完整仪表板');
    expect(phrase('複製代碼')).toBe('复制代码');
    // The data's strings, converted whole: this trip's are checked in data/checks/zhHans.test.ts.
    expect(convert('透過直航、航空運輸合作及延長互免簽證期限，方便兩地人員往來。')).toBe('通过直航、航空运输合作及延长互免签证期限，方便两地人员往来。');
    expect(convert('「四金」')).toBe('“四金”');
    const chars = table.chars as Record<string, string>;
    expect(chars['「']).toBe('“');
    expect(chars['」']).toBe('”');
  });
});
