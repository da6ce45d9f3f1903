package dev.aidev.vm.gas;

import java.util.Locale;

/** NEAR's action fees, named as nearcore's {@code ActionCosts}; each has send and execution parts. */
public enum ActionCost {
    new_action_receipt("action_receipt_creation"),
    new_data_receipt_base("data_receipt_creation_base"),
    new_data_receipt_byte("data_receipt_creation_per_byte"),
    create_account("action_create_account"),
    delete_account("action_delete_account"),
    deploy_contract_base("action_deploy_contract"),
    deploy_contract_byte("action_deploy_contract_per_byte"),
    function_call_base("action_function_call"),
    function_call_byte("action_function_call_per_byte"),
    transfer("action_transfer"),
    stake("action_stake"),
    add_full_access_key("action_add_full_access_key"),
    add_function_call_key_base("action_add_function_call_key"),
    add_function_call_key_byte("action_add_function_call_key_per_byte"),
    delete_key("action_delete_key"),
    delegate("action_delegate"),
    deploy_global_contract_base("action_deploy_global_contract"),
    deploy_global_contract_byte("action_deploy_global_contract_per_byte"),
    use_global_contract_base("action_use_global_contract"),
    use_global_contract_byte("action_use_global_contract_per_identifier_byte");

    private final String parameter;

    ActionCost(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public String profileName() {
        return name().toUpperCase(Locale.ROOT);
    }
}
