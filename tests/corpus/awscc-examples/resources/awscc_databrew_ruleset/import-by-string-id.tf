import {
  to = awscc_databrew_ruleset.example
  id = "name"
}