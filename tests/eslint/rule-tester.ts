// One RuleTester for every rule suite: the real typescript-eslint parser, as configs.recommended sets it.
import { after, describe, it } from 'node:test';
import * as tsParser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';

// node:test's describe() and it() return promises that node:test itself awaits.
/* eslint-disable @typescript-eslint/no-misused-promises */
RuleTester.afterAll = after;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
/* eslint-enable @typescript-eslint/no-misused-promises */

export const ruleTester = new RuleTester({ languageOptions: { parser: tsParser } });

/** Cases default to `file.ts`; JavaScript cases pass this as `filename`. */
export const JS_FILE = 'file.js';
