import {
  to = awscc_gamelift_alias.example
  identity = {
    alias_id = "alias_id"
  }
}
