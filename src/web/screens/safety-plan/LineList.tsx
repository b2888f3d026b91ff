import { TextArea } from '../../components/TextArea.js';
import { ItemEditor, type ListProps } from './ItemEditor.js';
import { MAX_LENGTH, type LineItem } from './lists.js';

/** A section of plain lines: each one a writing space of its own, Enter starting the next. */
export function LineList(props: ListProps<LineItem>) {
  return (
    <ItemEditor
      {...props}
      newItem={(key) => ({ key, text: '' })}
      addLabel={{ first: 'Add one', more: 'Add another' }}
      itemClassName="plan-item"
    >
      {(item, { id, where, update, addAfter }) => (
        // A one-line writing space that wraps and grows, so a long line stays readable on a phone.
        <TextArea
          id={id}
          className="plan-item__line"
          label={where}
          rows={1}
          value={item.text}
          maxLength={MAX_LENGTH}
          safetyAware="gentle"
          onChange={(event) => update({ text: event.target.value })}
          onKeyDown={(event) => {
            // Each line is one item: Enter starts the next one rather than a new paragraph.
            if (event.key !== 'Enter' || event.shiftKey) return;
            if (addAfter()) event.preventDefault();
          }}
        />
      )}
    </ItemEditor>
  );
}
