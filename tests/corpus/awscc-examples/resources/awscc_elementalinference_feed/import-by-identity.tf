import {
  to = awscc_elementalinference_feed.example
  identity = {
    id = "id"
  }
}
