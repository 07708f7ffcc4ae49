"""The ground floor's reference data: tables an analyst reads and extends, and the facts read from them.

Every stage may import this package (loaders, extractors, the resolver, the graph writer, the
evaluator): it imports nothing of kg but :mod:`kg.model` and :mod:`kg.textkey`. The tables
themselves stay in ``loaders/data/`` (installed as ``kg.loaders/data``), where analysts look for them.

- :mod:`kg.reference.tables`: the one reader of those tables (cached, cross-references checked);
- :mod:`kg.reference.places`: provinces before and after the 2025 merger;
- :mod:`kg.reference.documents`: document types (Nghị quyết, Kết luận ...);
- :mod:`kg.reference.status_cues`: the status cues ("bổ nhiệm", "nguyên", "được bầu" ...) the extractors and
  the resolver both read.
"""
