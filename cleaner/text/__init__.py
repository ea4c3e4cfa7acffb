"""Pure functions of plain text that several layers share: line breaks and spaces, how a line
reads (prose), cleaner: markers, regex classes of characters."""
