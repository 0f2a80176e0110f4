import { loadDesignText } from '../../src/design/load.ts';
import { readFileSync } from 'node:fs';
import { exportTemplateObject } from '../../src/iac/export-template.ts';
import { specErrors } from './spec-check.ts';
const d = loadDesignText(readFileSync('examples/orders-pipeline.yaml','utf8'));
if (d.ok) console.log(specErrors(exportTemplateObject(d.value)));
