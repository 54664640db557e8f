import { useEffect } from 'react';
import { dataClient } from '../data/client.ts';
import { importFiles } from '../state/importer.ts';
import { useAppStore } from '../state/store.ts';

/**
 * Files dropped anywhere on the page are imported: there is no wrong place to drop them. Kept
 * apart from the (lazy) import panel, so a drop works before the panel was ever opened.
 */
export function useFileDrop() {
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      useAppStore.getState().setPanel('import');
      void importFiles(dataClient(), files);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
