import {
  to = awscc_cleanrooms_membership.example
  id = "membership_identifier"
}