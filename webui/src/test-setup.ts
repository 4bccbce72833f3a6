// happy-dom has no ElementInternals, which Web Awesome's elements attach (the drawer's close button
// is a form-associated wa-button). Browsers have it; tests get the small part Web Awesome reads.
if (!('attachInternals' in HTMLElement.prototype)) {
  Object.defineProperty(HTMLElement.prototype, 'attachInternals', {
    configurable: true,
    value(): Partial<ElementInternals> {
      return {
        states: new Set<string>() as unknown as CustomStateSet,
        form: null,
        labels: [] as unknown as NodeList,
        validity: { valid: true } as ValidityState,
        validationMessage: '',
        willValidate: false,
        setFormValue: () => undefined,
        setValidity: () => undefined,
        checkValidity: () => true,
        reportValidity: () => true,
      };
    },
  });
}
