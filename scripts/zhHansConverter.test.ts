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
    }
  });

  it('converts the interface and the data as a mainland reader expects', () => {
    const phrase = (traditional: string) => (table.phrases as Record<string, string>)[traditional];
    expect(phrase('伺服器未能及時回應。')).toBe('服务器未能及时回应。');
    expect(phrase('網絡請求失敗。請檢查連線後重試。')).toBe('网络请求失败。请检查连接后重试。');
    expect(phrase('取消連結')).toBe('取消链接');
    expect(phrase('搜尋（中文或英文）')).toBe('搜索（中文或英文）');
    // The data's strings, converted whole: this trip's are checked in data/checks/zhHans.test.ts.
    expect(convert('透過直航、航空運輸合作及延長互免簽證期限，方便兩地人員往來。')).toBe('通过直航、航空运输合作及延长互免签证期限，方便两地人员往来。');
    expect(convert('「四金」')).toBe('“四金”');
    const chars = table.chars as Record<string, string>;
    expect(chars['「']).toBe('“');
    expect(chars['」']).toBe('”');
  });
});
