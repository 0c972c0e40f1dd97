import {
  to = awscc_organizations_organizational_unit.example
  identity = {
    id = "id"
  }
}
