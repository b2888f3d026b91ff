import { useState, type SubmitEvent } from 'react';
import { ProblemError, type ExportFormat, type ImportSummary } from '../../api/client.js';
import { useSession } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Field, useFieldIds } from '../../components/Field.js';
import { DownloadIcon } from '../../components/icons.js';
import { PassphraseField } from '../../components/PassphraseField.js';
import { useToast } from '../../components/Toast.js';
import { useAction } from '../../components/useAction.js';
import { downloadBlob } from '../../lib/download.js';
import { describeImport, parseExportFile } from '../../lib/export-file.js';
import { wrongPassphrase } from './wrong-passphrase.js';

export function YourDataSection() {
  return (
    <div className="stack-l">
      <ExportForm />
      <hr className="divider" />
      <ImportForm />
    </div>
  );
}

const EXPORT_FIELDS = { passphrase: { id: 'export-passphrase', label: 'Your passphrase' } };

function ExportForm() {
  const { api } = useSession();
  const toast = useToast();
  const [passphrase, setPassphrase] = useState('');
  const [format, setFormat] = useState<ExportFormat>('json');
  const action = useAction();

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = submitterFormat(event) ?? 'json';
    setFormat(chosen);
    void action
      .run(async () => {
        if (!passphrase) {
          throw ProblemError.invalid('Your passphrase is needed to export.', [
            { path: 'passphrase', message: 'Please enter your passphrase.' },
          ]);
        }
        const file = await api
          .exportData({ passphrase, format: chosen })
          .catch(wrongPassphrase('passphrase'));
        downloadBlob(file.blob, file.filename);
      })
      .then((result) => {
        if (!result.ok) return;
        setPassphrase('');
        toast.show(
          'Your export is downloading. It is not encrypted, so keep it somewhere private.',
          'success',
        );
      });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="export-title">
      <h3 id="export-title" className="subsection-title">
        Export everything
      </h3>
      <p>
        Download all you have written, readable anywhere. JSON can be imported back into Haven; Markdown is a
        zip of one file per entry, for reading. The download is not encrypted.
      </p>
      <ErrorSummary problem={action.problem} fields={EXPORT_FIELDS} />
      <PassphraseField
        id={EXPORT_FIELDS.passphrase.id}
        label={EXPORT_FIELDS.passphrase.label}
        purpose="current"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        error={action.fieldError('passphrase')}
        required
      />
      <div className="button-row">
        <Button type="submit" name="format" value="json" busy={action.pending && format === 'json'}>
          <DownloadIcon />
          Download JSON
        </Button>
        <Button type="submit" name="format" value="markdown" busy={action.pending && format === 'markdown'}>
          <DownloadIcon />
          Download Markdown (.zip)
        </Button>
      </div>
    </form>
  );
}

function ImportForm() {
  const { api } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const action = useAction();
  const error = action.fieldError('file');
  const ids = useFieldIds('import-file', true, error);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSummary(null);
    void action
      .run(async () => {
        if (!file) {
          throw ProblemError.invalid('Choose a file to import.', [
            { path: 'file', message: 'Please choose a Haven export file.' },
          ]);
        }
        const parsed = parseExportFile(await file.text());
        if (!parsed.ok)
          throw ProblemError.invalid('That file cannot be imported.', [
            { path: 'file', message: parsed.message },
          ]);
        return api.importData(parsed.data);
      })
      .then((result) => {
        if (result.ok) setSummary(result.value);
      });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="import-title">
      <h3 id="import-title" className="subsection-title">
        Import an export
      </h3>
      <p>
        Bring back a JSON export from Haven, into this account. Anything already here stays as it is; entries
        that are already here are skipped, not doubled.
      </p>
      <ErrorSummary problem={action.problem} fields={{ file: { id: ids.id, label: 'Export file' } }} />
      <Field ids={ids} label="Export file" hint="The .json file from “Download JSON”." error={error}>
        <input
          id={ids.id}
          type="file"
          className="file-input"
          accept=".json,application/json"
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setSummary(null);
          }}
        />
      </Field>
      <div className="button-row">
        <Button type="submit" busy={action.pending}>
          Import
        </Button>
      </div>
      <div role="status" className="import-summary">
        {summary && <p>{describeImport(summary)}</p>}
      </div>
    </form>
  );
}

function submitterFormat(event: SubmitEvent<HTMLFormElement>): ExportFormat | undefined {
  const value = event.nativeEvent.submitter?.getAttribute('value');
  return value === 'markdown' || value === 'json' ? value : undefined;
}
