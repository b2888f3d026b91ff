import { TextField } from '../../components/TextField.js';
import { ItemEditor, type ListProps } from './ItemEditor.js';
import { MAX_LENGTH, type PersonItem } from './lists.js';

/** A section of people: a name, and how to reach them if the person wants it here. */
export function PeopleList(props: ListProps<PersonItem>) {
  return (
    <ItemEditor
      {...props}
      newItem={(key) => ({ key, name: '', contact: '' })}
      addLabel={{ first: 'Add someone', more: 'Add someone else' }}
      itemClassName="plan-item plan-item--person"
    >
      {(item, { id, where, update }) => (
        <div className="plan-item__person">
          <TextField
            id={id}
            label={
              <>
                Name<span className="visually-hidden">, {where}</span>
              </>
            }
            value={item.name}
            maxLength={MAX_LENGTH}
            safetyAware="gentle"
            onChange={(event) => update({ name: event.target.value })}
          />
          <TextField
            id={`${id}-contact`}
            label={
              <>
                How to reach them <span className="field__optional">(optional)</span>
                <span className="visually-hidden">, {where}</span>
              </>
            }
            value={item.contact}
            maxLength={MAX_LENGTH}
            safetyAware={false}
            onChange={(event) => update({ contact: event.target.value })}
          />
        </div>
      )}
    </ItemEditor>
  );
}
