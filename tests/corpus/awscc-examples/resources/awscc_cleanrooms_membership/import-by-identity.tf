import {
  to = awscc_cleanrooms_membership.example
  identity = {
    membership_identifier = "membership_identifier"
  }
}
