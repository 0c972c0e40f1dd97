import {
  to = awscc_managedblockchain_accessor.example
  identity = {
    id = "id"
  }
}
