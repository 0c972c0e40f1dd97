import {
  to = awscc_databrew_ruleset.example
  identity = {
    name = "name"
  }
}
