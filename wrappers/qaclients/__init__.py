"""Typed clients for QA-platform APIs: ``qaclients.core`` plus one module per vendor (``qaclients.testmo``, ...)."""
