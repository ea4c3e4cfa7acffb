"""Rules applied to a Document: line and near rules (line_rules.py), structural rules
(structure.py), and the rules' self-test through the same matchers (selftest.py)."""
