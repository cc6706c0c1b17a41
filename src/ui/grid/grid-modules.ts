// Registers only the AG Grid Community modules Kedang uses (no ExpressionModule: it would need eval).

import {
  CellStyleModule,
  CheckboxEditorModule,
  ColumnApiModule,
  LocaleModule,
  RenderApiModule,
  ScrollApiModule,
  CustomEditorModule,
  DateEditorModule,
  DateFilterModule,
  InfiniteRowModelModule,
  LargeTextEditorModule,
  ModuleRegistry,
  NumberEditorModule,
  NumberFilterModule,
  RowApiModule,
  RowSelectionModule,
  SelectEditorModule,
  TextEditorModule,
  TextFilterModule,
} from 'ag-grid-community';

let registered = false;

export function registerGridModules(): void {
  if (registered) return;
  ModuleRegistry.registerModules([
    InfiniteRowModelModule,
    TextEditorModule,
    LargeTextEditorModule,
    NumberEditorModule,
    DateEditorModule,
    SelectEditorModule,
    CheckboxEditorModule,
    CustomEditorModule,
    TextFilterModule,
    NumberFilterModule,
    DateFilterModule,
    RowSelectionModule,
    RowApiModule,
    ColumnApiModule,
    LocaleModule,
    RenderApiModule,
    ScrollApiModule,
    CellStyleModule,
  ]);
  registered = true;
}
