package dev.aidev.vm.gas;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The runtime parameters of one NEAR protocol version: ext costs, action fees and limits.
 *
 * <p>The values live in a data file per protocol version under {@code dev/aidev/vm/params}, so a
 * later protocol is a new file, not new code. {@link #latest()} is the protocol we emulate.
 */
public final class RuntimeParams {
    /** The resource name of the newest protocol's parameters. */
    public static final String LATEST = "near-protocol-latest";

    private static volatile RuntimeParams latest;

    private final String name;
    private final Properties values;
    private final long[] extCosts;
    private final Map<ActionCost, Fee> fees = new EnumMap<>(ActionCost.class);

    public final long regularOpCost;
    public final long linearOpBaseCost;
    public final long linearOpUnitCost;
    public final long maxGasBurnt;
    public final long maxGasBurntView;
    public final long maxTotalPrepaidGas;
    public final int maxStackHeight;
    public final int initialMemoryPages;
    public final int maxMemoryPages;
    public final long registersMemoryLimit;
    public final long maxRegisterSize;
    public final long maxNumberRegisters;
    public final long maxNumberLogs;
    public final long maxTotalLogLength;
    public final long maxActionsPerReceipt;
    public final long maxNumberBytesMethodNames;
    public final long maxLengthMethodName;
    public final long maxArgumentsLength;
    public final long maxLengthReturnedData;
    public final long maxContractSize;
    public final long maxLengthStorageKey;
    public final long maxLengthStorageValue;
    public final long maxPromisesPerFunctionCallAction;
    public final long maxNumberInputDataDependencies;
    public final long maxFunctionsNumberPerContract;
    public final long maxLocalsPerContract;
    public final long maxTablesPerContract;
    public final long maxElementsPerContractTable;
    public final long maxFunctionBodySize;
    public final long maxYieldPayloadSize;
    public final long yieldTimeoutLengthInBlocks;
    public final long storageNumBytesAccount;
    public final long storageNumExtraBytesRecord;
    public final BigInteger storageAmountPerByte;
    public final boolean reftypesBulkMemory;
    public final boolean deterministicAccountIds;

    private RuntimeParams(String name, Properties values) {
        this.name = name;
        this.values = values;
        ExtCost[] all = ExtCost.values();
        this.extCosts = new long[all.length];
        for (ExtCost c : all) {
            extCosts[c.ordinal()] = number(c.parameter());
        }
        for (ActionCost a : ActionCost.values()) {
            fees.put(a, new Fee(
                    number(a.parameter() + ".send_sir"),
                    number(a.parameter() + ".send_not_sir"),
                    number(a.parameter() + ".execution")));
        }
        regularOpCost = number("wasm_regular_op_cost");
        linearOpBaseCost = number("wasm_linear_op_base_cost");
        linearOpUnitCost = number("wasm_linear_op_unit_cost");
        maxGasBurnt = number("max_gas_burnt");
        maxGasBurntView = number("max_gas_burnt_view");
        maxTotalPrepaidGas = number("max_total_prepaid_gas");
        maxStackHeight = Math.toIntExact(number("max_stack_height"));
        initialMemoryPages = Math.toIntExact(number("initial_memory_pages"));
        maxMemoryPages = Math.toIntExact(number("max_memory_pages"));
        registersMemoryLimit = number("registers_memory_limit");
        maxRegisterSize = number("max_register_size");
        maxNumberRegisters = number("max_number_registers");
        maxNumberLogs = number("max_number_logs");
        maxTotalLogLength = number("max_total_log_length");
        maxActionsPerReceipt = number("max_actions_per_receipt");
        maxNumberBytesMethodNames = number("max_number_bytes_method_names");
        maxLengthMethodName = number("max_length_method_name");
        maxArgumentsLength = number("max_arguments_length");
        maxLengthReturnedData = number("max_length_returned_data");
        maxContractSize = number("max_contract_size");
        maxLengthStorageKey = number("max_length_storage_key");
        maxLengthStorageValue = number("max_length_storage_value");
        maxPromisesPerFunctionCallAction = number("max_promises_per_function_call_action");
        maxNumberInputDataDependencies = number("max_number_input_data_dependencies");
        maxFunctionsNumberPerContract = number("max_functions_number_per_contract");
        maxLocalsPerContract = number("max_locals_per_contract");
        maxTablesPerContract = number("max_tables_per_contract");
        maxElementsPerContractTable = number("max_elements_per_contract_table");
        maxFunctionBodySize = number("max_function_body_size");
        maxYieldPayloadSize = number("max_yield_payload_size");
        yieldTimeoutLengthInBlocks = number("yield_timeout_length_in_blocks");
        storageNumBytesAccount = number("storage_num_bytes_account");
        storageNumExtraBytesRecord = number("storage_num_extra_bytes_record");
        storageAmountPerByte = new BigInteger(text("storage_amount_per_byte"));
        reftypesBulkMemory = Boolean.parseBoolean(text("reftypes_bulk_memory"));
        deterministicAccountIds = Boolean.parseBoolean(text("deterministic_account_ids"));
    }

    /** The parameters of the newest protocol version we emulate. */
    public static RuntimeParams latest() {
        RuntimeParams p = latest;
        if (p == null) {
            p = load(LATEST);
            latest = p;
        }
        return p;
    }

    /** Loads {@code dev/aidev/vm/params/<name>.properties} from the class path. */
    public static RuntimeParams load(String name) {
        String resource = "/dev/aidev/vm/params/" + name + ".properties";
        try (InputStream in = RuntimeParams.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No runtime parameters named " + name + " (" + resource + ").");
            }
            Properties props = new Properties();
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new RuntimeParams(name, props);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public long cost(ExtCost c) {
        return extCosts[c.ordinal()];
    }

    public Fee fee(ActionCost a) {
        return fees.get(a);
    }

    /** Any parameter as text, for values without a typed accessor. */
    public String text(String key) {
        String v = values.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("Runtime parameters " + name + " lack '" + key + "'.");
        }
        return v.trim();
    }

    public long number(String key) {
        return Long.parseLong(text(key));
    }
}
