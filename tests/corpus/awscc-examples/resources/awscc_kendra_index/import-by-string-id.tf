import {
  to = awscc_kendra_index.example
  id = "id"
}