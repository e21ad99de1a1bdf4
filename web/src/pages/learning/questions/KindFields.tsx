// The answers part of the question editor, one form per question type (Moodle's editor has
// the same split: general settings, then the type's own answers).
import { useContext } from 'react';
import { useT } from '../../../i18n/I18n';
import { Check, ProblemsContext, RowList, TextField } from './fields';
import { PARTIAL_CREDIT, emptyRow, type GradedRow, type KindForm, type PartialCreditRule } from './forms';

/** Choice or accepted-answer rows: text, grade and feedback. */
function GradedRows({
  path,
  legend,
  hint,
  rows,
  onChange,
  addLabel,
  rowName,
  textLabel,
  min,
}: {
  path: string;
  legend: string;
  hint: string;
  rows: GradedRow[];
  onChange: (rows: GradedRow[]) => void;
  addLabel: string;
  rowName: (i: number) => string;
  textLabel: string;
  min?: number;
}) {
  const t = useT();
  return (
    <RowList path={path} legend={legend} hint={hint} rows={rows} onChange={onChange} make={emptyRow.graded} addLabel={addLabel} rowName={rowName} min={min ?? 0}>
      {(row, i, update) => (
        <>
          <TextField path={`${path}.${i}.text`} label={textLabel} value={row.text} onChange={(text) => update({ text })} className="qf-wide" />
          <TextField path={`${path}.${i}.grade`} label={t('learn-qf-grade')} value={row.grade} onChange={(grade) => update({ grade })} numeric className="qf-narrow" />
          <TextField path={`${path}.${i}.feedback`} label={t('learn-qf-feedback')} value={row.feedback} onChange={(feedback) => update({ feedback })} className="qf-wide" />
        </>
      )}
    </RowList>
  );
}

/** The inputs for the answers of `kind`. */
export function KindFields({ kind, onChange }: { kind: KindForm; onChange: (kind: KindForm) => void }) {
  const t = useT();
  const { id } = useContext(ProblemsContext);
  switch (kind.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const multi = kind.type === 'multiple_choice';
      return (
        <>
          <GradedRows
            path="kind.choices"
            legend={t('learn-qf-choices')}
            hint={t(multi ? 'learn-qf-choices-hint-multi' : 'learn-qf-choices-hint-single')}
            rows={kind.choices}
            onChange={(choices) => onChange({ ...kind, choices })}
            addLabel={t('learn-qf-add-choice')}
            rowName={(i) => t('learn-qf-choice-n', { n: i + 1 })}
            textLabel={t('learn-qf-choice-text')}
          />
          {multi && (
            <div className="field">
              <label htmlFor={id('kind.partialCredit')}>{t('learn-qf-partial-credit')}</label>
              <select
                id={id('kind.partialCredit')}
                value={kind.partialCredit}
                onChange={(e) => onChange({ ...kind, partialCredit: e.target.value as PartialCreditRule })}
              >
                {PARTIAL_CREDIT.map((p) => (
                  <option key={p} value={p}>
                    {t(`learn-qf-partial-${p}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </>
      );
    }
    case 'true_false':
      return (
        <>
          <fieldset className="qf-list">
            <legend>{t('learn-qf-correct-answer')}</legend>
            {([true, false] as const).map((v) => (
              <label key={String(v)} className="choice">
                <input type="radio" name="qf-correct" checked={kind.correct === v} onChange={() => onChange({ ...kind, correct: v })} />
                {t(v ? 'learn-q-true' : 'learn-q-false')}
              </label>
            ))}
          </fieldset>
          <TextField path="kind.feedbackTrue" label={t('learn-qf-feedback-true')} value={kind.feedbackTrue} onChange={(feedbackTrue) => onChange({ ...kind, feedbackTrue })} multiline />
          <TextField path="kind.feedbackFalse" label={t('learn-qf-feedback-false')} value={kind.feedbackFalse} onChange={(feedbackFalse) => onChange({ ...kind, feedbackFalse })} multiline />
        </>
      );
    case 'fill_blanks':
      return (
        <RowList
          path="kind.blanks"
          legend={t('learn-qf-blanks')}
          hint={t('learn-qf-blanks-hint')}
          rows={kind.blanks}
          onChange={(blanks) => onChange({ ...kind, blanks })}
          make={emptyRow.blank}
          addLabel={t('learn-qf-add-blank')}
          rowName={(i) => t('learn-q-blank', { n: i + 1 })}
        >
          {(blank, i, update) => (
            <>
              <GradedRows
                path={`kind.blanks.${i}.answers`}
                legend={t('learn-qf-accepted')}
                hint={t('learn-qf-accepted-hint')}
                rows={blank.answers}
                onChange={(answers) => update({ answers })}
                addLabel={t('learn-qf-add-answer-to', { n: i + 1 })}
                rowName={(j) => t('learn-qf-blank-answer-n', { n: i + 1, count: j + 1 })}
                textLabel={t('learn-qf-answer-text')}
                min={1}
              />
              <Check label={t('learn-qf-case-sensitive')} checked={blank.caseSensitive} onChange={(caseSensitive) => update({ caseSensitive })} />
              <Check label={t('learn-qf-normalize')} checked={blank.normalizeWhitespace} onChange={(normalizeWhitespace) => update({ normalizeWhitespace })} />
            </>
          )}
        </RowList>
      );
    case 'numeric':
      return (
        <>
          <RowList
            path="kind.answers"
            legend={t('learn-qf-numeric-answers')}
            hint={t('learn-qf-numeric-hint')}
            rows={kind.answers}
            onChange={(answers) => onChange({ ...kind, answers })}
            make={emptyRow.numeric}
            addLabel={t('learn-qf-add-value')}
            rowName={(i) => t('learn-qf-value-n', { n: i + 1 })}
            min={1}
          >
            {(a, i, update) => (
              <>
                <TextField path={`kind.answers.${i}.value`} label={t('learn-qf-value')} value={a.value} onChange={(value) => update({ value })} numeric className="qf-narrow" />
                <TextField path={`kind.answers.${i}.tolerance`} label={t('learn-qf-tolerance')} value={a.tolerance} onChange={(tolerance) => update({ tolerance })} numeric className="qf-narrow" />
                <TextField path={`kind.answers.${i}.grade`} label={t('learn-qf-grade')} value={a.grade} onChange={(grade) => update({ grade })} numeric className="qf-narrow" />
                <TextField path={`kind.answers.${i}.feedback`} label={t('learn-qf-feedback')} value={a.feedback} onChange={(feedback) => update({ feedback })} className="qf-wide" />
              </>
            )}
          </RowList>
          <RowList
            path="kind.units"
            legend={t('learn-qf-units')}
            hint={t('learn-qf-units-hint')}
            rows={kind.units}
            onChange={(units) => onChange({ ...kind, units })}
            make={emptyRow.unit}
            addLabel={t('learn-qf-add-unit')}
            rowName={(i) => t('learn-qf-unit-n', { n: i + 1 })}
          >
            {(u, i, update) => (
              <>
                <TextField path={`kind.units.${i}.name`} label={t('learn-qf-unit-name')} value={u.name} onChange={(name) => update({ name })} className="qf-narrow" />
                <TextField path={`kind.units.${i}.multiplier`} label={t('learn-qf-multiplier')} value={u.multiplier} onChange={(multiplier) => update({ multiplier })} numeric className="qf-narrow" />
              </>
            )}
          </RowList>
          {kind.units.length > 0 && <Check label={t('learn-qf-unit-required')} checked={kind.unitRequired} onChange={(unitRequired) => onChange({ ...kind, unitRequired })} />}
        </>
      );
    case 'matching':
      return (
        <>
          <RowList
            path="kind.pairs"
            legend={t('learn-qf-pairs')}
            hint={t('learn-qf-pairs-hint')}
            rows={kind.pairs}
            onChange={(pairs) => onChange({ ...kind, pairs })}
            make={emptyRow.pair}
            addLabel={t('learn-qf-add-pair')}
            rowName={(i) => t('learn-qf-pair-n', { n: i + 1 })}
          >
            {(p, i, update) => (
              <>
                <TextField path={`kind.pairs.${i}.prompt`} label={t('learn-qf-prompt')} value={p.prompt} onChange={(prompt) => update({ prompt })} className="qf-wide" />
                <TextField path={`kind.pairs.${i}.answer`} label={t('learn-qf-match')} value={p.answer} onChange={(answer) => update({ answer })} className="qf-wide" />
              </>
            )}
          </RowList>
          <RowList
            path="kind.distractors"
            legend={t('learn-qf-distractors')}
            rows={kind.distractors}
            onChange={(distractors) => onChange({ ...kind, distractors })}
            make={emptyRow.text}
            addLabel={t('learn-qf-add-distractor')}
            rowName={(i) => t('learn-qf-distractor-n', { n: i + 1 })}
          >
            {(d, i, update) => <TextField path={`kind.distractors.${i}.text`} label={t('learn-qf-distractor')} value={d.text} onChange={(text) => update({ text })} className="qf-wide" />}
          </RowList>
        </>
      );
    case 'ordering':
      return (
        <RowList
          path="kind.items"
          legend={t('learn-qf-items')}
          hint={t('learn-qf-items-hint')}
          rows={kind.items}
          onChange={(items) => onChange({ ...kind, items })}
          make={emptyRow.text}
          addLabel={t('learn-qf-add-item')}
          rowName={(i) => t('learn-qf-item-n', { n: i + 1 })}
        >
          {(it, i, update) => <TextField path={`kind.items.${i}.text`} label={t('learn-qf-item')} value={it.text} onChange={(text) => update({ text })} className="qf-wide" />}
        </RowList>
      );
    case 'essay':
      return (
        <>
          <RowList
            path="kind.rubric"
            legend={t('learn-qf-rubric')}
            hint={t('learn-qf-rubric-hint')}
            rows={kind.rubric}
            onChange={(rubric) => onChange({ ...kind, rubric })}
            make={emptyRow.criterion}
            addLabel={t('learn-qf-add-criterion')}
            rowName={(i) => t('learn-qf-criterion-n', { n: i + 1 })}
          >
            {(c, i, update) => (
              <>
                <TextField path={`kind.rubric.${i}.description`} label={t('learn-qf-description')} value={c.description} onChange={(description) => update({ description })} className="qf-wide" />
                <TextField path={`kind.rubric.${i}.points`} label={t('learn-qf-points')} value={c.points} onChange={(points) => update({ points })} numeric className="qf-narrow" />
              </>
            )}
          </RowList>
          <TextField path="kind.graderInfo" label={t('learn-qf-grader-info')} value={kind.graderInfo} onChange={(graderInfo) => onChange({ ...kind, graderInfo })} multiline />
        </>
      );
    case 'file_upload':
      return (
        <>
          <TextField path="kind.maxFiles" label={t('learn-qf-max-files')} value={kind.maxFiles} onChange={(maxFiles) => onChange({ ...kind, maxFiles })} numeric />
          <TextField path="kind.graderInfo" label={t('learn-qf-grader-info')} value={kind.graderInfo} onChange={(graderInfo) => onChange({ ...kind, graderInfo })} multiline />
        </>
      );
  }
}
