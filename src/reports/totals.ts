/**
 * Totals computed while a report streams past: units, money per currency, and units per product
 * (bounded by the number of distinct products, not rows). Columns are found by name, so the
 * same code reads every report type that has them.
 */
import {
  fieldBlank,
  fieldKey,
  fieldNumber,
  fieldRanges,
  fieldScaled,
  fieldText,
  fromScaled,
  type RowSink,
} from './tsv.js';

/**
 * The columns the totals read, by family, first name found wins. Units come only from a column
 * that counts units: `Units` in sales reports (SUBSCRIPTION_EVENT's `Quantity` counts events of
 * every kind, not units), `Quantity` in finance reports. The README's "Totals per report type"
 * table says what this means for each report type.
 */
const SHARED = {
  currency: ['Currency of Proceeds', 'Proceeds Currency', 'Partner Share Currency'],
  title: ['Title', 'Subscription Name', 'App Name'],
  sku: ['SKU', 'Vendor Identifier', 'App SKU'],
  appleId: ['Apple Identifier', 'Subscription Apple ID', 'App Apple ID', 'Apple ID'],
  productType: ['Product Type Identifier'],
} as const;

const COLUMNS = {
  sales: {
    units: ['Units'],
    /** Per unit; times Units. */
    unitAmount: ['Developer Proceeds'],
    extendedAmount: [],
    ...SHARED,
  },
  finance: {
    units: ['Quantity'],
    unitAmount: ['Partner Share'],
    /** Already multiplied by the quantity. */
    extendedAmount: ['Extended Partner Share'],
    ...SHARED,
  },
} as const satisfies Record<string, Record<string, readonly string[]>>;

export type ReportFamily = keyof typeof COLUMNS;

type ColumnKey = keyof (typeof COLUMNS)['sales'];

export interface CurrencyTotal {
  currency: string;
  units: number;
  /** Sales: proceeds (units × developer proceeds); finance: the extended partner share. */
  amount: number;
  rows: number;
}

export interface ProductTotal {
  title: string;
  sku: string;
  appleIdentifier: string;
  /** Every Product Type Identifier seen for it (an app's sales, updates and re-downloads share its Apple id). */
  productType: string;
  units: number;
  /** Money per currency, largest first, without zeros. */
  amounts: Record<string, number>;
}

/**
 * What a finance report says about itself in its `Total_*` lines, section by section, next to
 * what its rows add up to. Apple's `Total_Rows` counts the section's rows and `Total_Amount`
 * adds up their extended partner share, returns included; `Total_Units` counts units sold only
 * (a return, Quantity -1, does not lower it).
 */
export interface DeclaredTotals {
  rows: number;
  units: number;
  /** Per section; the currency is that of the section's rows. */
  sections: Array<{
    currency: string;
    rows?: number;
    amount?: number;
    units?: number;
    /** The section's own rows: their count, amount and units sold. */
    read: { rows: number; amount: number; unitsSold: number };
  }>;
}

/** A declared total that differs from what the rows add up to. */
export interface TotalMismatch {
  total: 'Total_Rows' | 'Total_Amount' | 'Total_Units';
  /** The section's currency ('' when its rows have none). */
  currency: string;
  declared: number;
  read: number;
}

export interface ReportTotals {
  rows: number;
  units: number | null;
  byCurrency: CurrencyTotal[];
  topProducts: ProductTotal[];
  /** Products in the report (topProducts holds the first few by units). */
  products: number;
  /** Rows whose units or amount could not be read as numbers. */
  unreadable: number;
  /** Names of the columns used, or missing. */
  columns: Partial<Record<ColumnKey, string>>;
  declared?: DeclaredTotals;
  /** `true` when the declared totals match the rows, `false` when they differ, absent without any. */
  declaredMatch?: boolean;
  /** Each declared total that differs, with both values. */
  mismatches?: TotalMismatch[];
}

interface ProductAcc {
  title: string;
  sku: string;
  appleIdentifier: string;
  /** Product Type Identifiers seen, by field key. */
  productTypes: Map<number | string, string>;
  units: number;
  /** Money by currency key, in ten-thousandths. */
  amounts: Map<number | string, { amount: number }>;
}

interface CurrencyAcc {
  currency: string;
  units: number;
  amount: number;
  rows: number;
}

type Key = number | string;

export class TotalsSink implements RowSink {
  private readonly columns: (typeof COLUMNS)[ReportFamily];
  private index: Partial<Record<ColumnKey, number>> = {};
  /** Fields to find in each row: up to the last column the totals read. */
  private fieldCount = 1;
  private starts = new Int32Array(1);
  private ends = new Int32Array(1);
  /** Column positions, -1 when absent (read on every row). */
  private at: Record<ColumnKey, number> = {
    units: -1,
    unitAmount: -1,
    extendedAmount: -1,
    currency: -1,
    title: -1,
    sku: -1,
    appleId: -1,
    productType: -1,
  };
  private productColumns: number[] = [];
  private summable = false;
  private names: Partial<Record<ColumnKey, string>> = {};
  private rows = 0;
  private units = 0;
  private unreadable = 0;
  private readonly currencies = new Map<Key, CurrencyAcc>();
  private readonly products = new Map<Key, ProductAcc>();
  private declared?: DeclaredTotals;
  private section = newSection();
  private trailerOpen = false;

  constructor(family: ReportFamily = 'sales') {
    this.columns = COLUMNS[family];
  }

  header(columns: string[]): void {
    const lower = columns.map((c) => c.toLowerCase());
    let last = 0;
    for (const key of Object.keys(this.columns) as ColumnKey[]) {
      for (const name of this.columns[key]) {
        const i = lower.indexOf(name.toLowerCase());
        if (i >= 0) {
          this.index[key] = i;
          this.names[key] = columns[i];
          last = Math.max(last, i);
          break;
        }
      }
    }
    this.fieldCount = last + 1;
    const at = (key: ColumnKey) => this.index[key] ?? -1;
    this.at = {
      units: at('units'),
      unitAmount: at('unitAmount'),
      extendedAmount: at('extendedAmount'),
      currency: at('currency'),
      title: at('title'),
      sku: at('sku'),
      appleId: at('appleId'),
      productType: at('productType'),
    };
    this.productColumns = [this.at.appleId, this.at.sku, this.at.title].filter((i) => i >= 0);
    this.summable = this.hasAmount();
    this.starts = new Int32Array(this.fieldCount + 1);
    this.ends = new Int32Array(this.fieldCount + 1);
  }

  row(line: Buffer, start: number, end: number): void {
    if (this.trailerOpen) {
      this.trailerOpen = false;
      this.section = newSection();
    }
    this.rows += 1;
    this.section.rows += 1;
    const { starts, ends } = this;
    // A column the row is too short to have reads as blank (-1).
    const found = fieldRanges(line, start, end, this.fieldCount, starts, ends);
    const at = this.at;
    const units_ = at.units < found ? at.units : -1;
    let units = 0;
    if (units_ >= 0) {
      units = fieldNumber(line, starts[units_] as number, ends[units_] as number);
      if (!Number.isFinite(units)) {
        this.unreadable += 1;
        return;
      }
    }
    let amount = 0;
    if (at.extendedAmount >= 0) {
      if (at.extendedAmount < found)
        amount = fieldScaled(line, starts[at.extendedAmount] as number, ends[at.extendedAmount] as number);
    } else if (at.unitAmount >= 0 && at.units >= 0 && at.unitAmount < found) {
      amount = units * fieldScaled(line, starts[at.unitAmount] as number, ends[at.unitAmount] as number);
    }
    if (!Number.isFinite(amount)) {
      this.unreadable += 1;
      amount = 0;
    }
    this.units += units;
    const section = this.section;
    section.amount += amount;
    if (units > 0) section.unitsSold += units;

    const currency_ = at.currency < found ? at.currency : -1;
    const currencyKey: Key =
      currency_ >= 0 ? fieldKey(line, starts[currency_] as number, ends[currency_] as number) : 0;
    let byCurrency = this.currencies.get(currencyKey);
    if (byCurrency === undefined) {
      const currency =
        currency_ >= 0 ? fieldText(line, starts[currency_] as number, ends[currency_] as number) : '';
      byCurrency = { currency, units: 0, amount: 0, rows: 0 };
      this.currencies.set(currencyKey, byCurrency);
    }
    if (byCurrency.currency !== '') section.currency = byCurrency.currency;
    byCurrency.units += units;
    byCurrency.amount += amount;
    byCurrency.rows += 1;

    // The product: by Apple id, else SKU, else title (the first that is not blank).
    let key: Key = 0;
    for (const i of this.productColumns) {
      if (i < found && !fieldBlank(line, starts[i] as number, ends[i] as number)) {
        key = fieldKey(line, starts[i] as number, ends[i] as number);
        break;
      }
    }
    let product = this.products.get(key);
    if (product === undefined) product = this.newProduct(key, line, found);
    const type_ = at.productType < found ? at.productType : -1;
    if (type_ >= 0) {
      const typeKey = fieldKey(line, starts[type_] as number, ends[type_] as number);
      if (typeKey !== 0 && !product.productTypes.has(typeKey))
        product.productTypes.set(typeKey, fieldText(line, starts[type_] as number, ends[type_] as number));
    }
    product.units += units;
    if (this.summable) {
      const sum = product.amounts.get(currencyKey);
      if (sum === undefined) product.amounts.set(currencyKey, { amount });
      else sum.amount += amount;
    }
  }

  private newProduct(key: Key, line: Buffer, found: number): ProductAcc {
    const text = (i: number) =>
      i >= 0 && i < found ? fieldText(line, this.starts[i] as number, this.ends[i] as number) : '';
    const product: ProductAcc = {
      title: text(this.at.title),
      sku: text(this.at.sku),
      appleIdentifier: text(this.at.appleId),
      productTypes: new Map(),
      units: 0,
      amounts: new Map(),
    };
    this.products.set(key, product);
    return product;
  }

  trailer(name: string, value: string): void {
    this.declared ??= { rows: 0, units: 0, sections: [] };
    if (!this.trailerOpen) {
      this.trailerOpen = true;
      const { currency, rows, amount, unitsSold } = this.section;
      this.declared.sections.push({ currency, read: { rows, amount: fromScaled(amount), unitsSold } });
    }
    const section = this.declared.sections[
      this.declared.sections.length - 1
    ] as DeclaredTotals['sections'][number];
    const number = Number(value.replace(/,/g, ''));
    if (name === 'Total_Rows') {
      section.rows = number;
      this.declared.rows += number;
    } else if (name === 'Total_Units') {
      section.units = number;
      this.declared.units += number;
    } else if (name === 'Total_Amount') {
      section.amount = number;
    }
  }

  /**
   * True when the report's money can be added up: an amount already multiplied by the quantity
   * (finance), or a per-unit amount next to a units column (sales). A per-unit amount without
   * units (the SUBSCRIPTION report's Developer Proceeds, per subscription) cannot be.
   */
  private hasAmount(): boolean {
    const index = this.index;
    return (
      index.extendedAmount !== undefined || (index.unitAmount !== undefined && index.units !== undefined)
    );
  }

  /** The totals so far, with the `top` products by units. */
  result(top = 10): ReportTotals {
    const hasAmount = this.hasAmount();
    const byCurrency = [...this.currencies.values()]
      .filter((c) => c.currency !== '' || hasAmount)
      .map((c) => ({ currency: c.currency, units: c.units, amount: fromScaled(c.amount), rows: c.rows }))
      .sort((a, b) => b.units - a.units || a.currency.localeCompare(b.currency));
    const currencyName = (key: Key) => this.currencies.get(key)?.currency ?? '';
    // Without a units column (subscriber and install reports) there is nothing to rank.
    const ranked = this.index.units === undefined ? [] : [...this.products.values()];
    const topProducts = ranked
      .sort((a, b) => b.units - a.units || a.title.localeCompare(b.title))
      .slice(0, top)
      .map((p) => ({
        title: p.title,
        sku: p.sku,
        appleIdentifier: p.appleIdentifier,
        productType: [...p.productTypes.values()].sort().join(', '),
        units: p.units,
        amounts: Object.fromEntries(
          [...p.amounts.entries()]
            .map(([c, a]) => [currencyName(c), a.amount] as const)
            .filter(([, a]) => a !== 0)
            .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
            .map(([c, a]) => [c, fromScaled(a)]),
        ),
      }));
    const totals: ReportTotals = {
      rows: this.rows,
      units: this.index.units === undefined ? null : this.units,
      // Per currency only what can be added up: money, or at least units.
      byCurrency:
        hasAmount || (this.index.currency !== undefined && this.index.units !== undefined) ? byCurrency : [],
      topProducts,
      products: ranked.length,
      unreadable: this.unreadable,
      columns: this.names,
    };
    if (this.declared) {
      totals.declared = this.declared;
      totals.mismatches = mismatches(this.declared);
      totals.declaredMatch = totals.mismatches.length === 0;
    }
    return totals;
  }
}

function newSection() {
  return { currency: '', rows: 0, amount: 0, unitsSold: 0 };
}

/** Each section's Total_* lines against its own rows, each total by what Apple means by it. */
function mismatches(declared: DeclaredTotals): TotalMismatch[] {
  const found: TotalMismatch[] = [];
  for (const s of declared.sections) {
    const { currency, read } = s;
    if (s.rows !== undefined && s.rows !== read.rows)
      found.push({ total: 'Total_Rows', currency, declared: s.rows, read: read.rows });
    // Apple rounds each section's amount to its currency's decimals (none in JPY).
    if (s.amount !== undefined && Math.abs(s.amount - read.amount) > 0.005)
      found.push({ total: 'Total_Amount', currency, declared: s.amount, read: read.amount });
    if (s.units !== undefined && s.units !== read.unitsSold)
      found.push({ total: 'Total_Units', currency, declared: s.units, read: read.unitsSold });
  }
  return found;
}
