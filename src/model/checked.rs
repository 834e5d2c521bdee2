//! Reading a whole input and checking it: the value with its warnings, or every problem.

use super::{PartnerDirectory, Proforma, Project};
use crate::error::Error;
use crate::problem::{Problem, Problems};

/// A value that passed validation, with the warnings found on the way.
#[derive(Debug, Clone)]
pub struct Checked<T> {
    /// The value.
    pub value: T,
    /// Problems that do not reject the input.
    pub warnings: Vec<Problem>,
}

fn read_checked<T: crate::json::ReadObject>(bytes: &[u8], check: fn(&T, &mut Problems)) -> Result<Checked<T>, Error> {
    let (value, mut problems) = crate::json::read_document::<T>(bytes).map_err(|p| Error::Rejected(vec![p]))?;
    finish_checked(value, &mut problems, check)
}

fn finish_checked<T>(value: T, problems: &mut Problems, check: fn(&T, &mut Problems)) -> Result<Checked<T>, Error> {
    // The semantic checks run even after read errors, so one call reports every problem;
    // they skip fields that were missing or unusable (already reported) to avoid cascades.
    check(&value, problems);
    if problems.errors.is_empty() {
        Ok(Checked { value, warnings: std::mem::take(&mut problems.warnings) })
    } else {
        Err(Error::Rejected(std::mem::take(&mut problems.errors)))
    }
}

/// Reads and checks a `studio-project/1` document.
pub fn read_project(bytes: &[u8]) -> Result<Checked<Project>, Error> {
    read_checked(bytes, super::validate::project)
}

/// Reads and checks a `partner-directory/1` document.
pub fn read_directory(bytes: &[u8]) -> Result<Checked<PartnerDirectory>, Error> {
    read_checked(bytes, super::validate::directory)
}

/// Reads and checks a `proforma/1` document.
pub fn read_proforma(bytes: &[u8]) -> Result<Checked<Proforma>, Error> {
    read_checked(bytes, super::validate::proforma)
}
