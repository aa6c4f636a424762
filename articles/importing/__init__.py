"""Wire import: parse (file format) → extract (language) → load (rows, one transaction per file).

`parse` and `extract` are pure: text in, dataclasses out, no database. `load` is the only code that
turns an extraction into rows. The `import_seeds` command and the admin upload both call
`load.import_files` and only show its result.
"""
