//! A supplier's two offices, as stateless operations (a deal keeps their state):
//! the **Back Office** reconciles the proformas sources send back ([`reconcile`]); the
//! **Front Office** builds client invoices with every added cost.

pub mod invoice;
pub mod reconcile;
