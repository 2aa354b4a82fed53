"""The report stage: dossiers (HTML) and exports of what the store holds."""
