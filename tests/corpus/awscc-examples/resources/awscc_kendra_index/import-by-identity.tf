import {
  to = awscc_kendra_index.example
  identity = {
    id = "id"
  }
}
