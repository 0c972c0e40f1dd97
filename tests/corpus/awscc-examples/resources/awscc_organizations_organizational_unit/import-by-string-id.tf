import {
  to = awscc_organizations_organizational_unit.example
  id = "id"
}